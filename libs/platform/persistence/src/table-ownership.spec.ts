import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Each bounded context owns the tables of its Postgres schema; a service touches only its own
 * (plus the messaging outbox/inbox; the worker only those, for its commands' ledger). Organisation data is read through libs/organisation's
 * directory, and written only by the assignment service's admin API. This test reads the Prisma
 * schema and every source file and fails on a model used where it does not belong.
 */
const root = join(__dirname, '..', '..', '..', '..');
const schemaDir = join(root, 'libs/platform/persistence/prisma/schema');

const OWNERS: Record<string, string[]> = {
  'apps/intake': ['intake', 'messaging'],
  'apps/assignment/src/organisation-admin': ['organisation', 'messaging'],
  'apps/assignment': ['assignment', 'messaging'],
  'apps/consultation': ['consultation', 'messaging'],
  'apps/supervision': ['supervision', 'messaging'],
  'apps/notifications': ['notifications', 'messaging'],
  'apps/sms-sink': [],
  'apps/worker': ['messaging'],
  'apps/web': [],
  'libs/organisation': ['organisation'],
};

function modelSchemas(): Map<string, string> {
  const models = new Map<string, string>();
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.prisma'))) {
    const text = readFileSync(join(schemaDir, file), 'utf8');
    for (const match of text.matchAll(/model (\w+) \{([\s\S]*?)\n\}/g)) {
      const schema = /@@schema\("(\w+)"\)/.exec(match[2])?.[1];
      if (schema) models.set(match[1][0].toLowerCase() + match[1].slice(1), schema);
    }
  }
  return models;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'client' || name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function ownerOf(file: string): string {
  const rel = relative(root, file);
  return Object.keys(OWNERS)
    .filter((prefix) => rel.startsWith(`${prefix}/`))
    .sort((a, b) => b.length - a.length)[0];
}

describe('table ownership', () => {
  const models = modelSchemas();

  it('knows the models of every context', () => {
    expect(new Set(models.values())).toEqual(new Set(['organisation', 'intake', 'assignment', 'consultation', 'supervision', 'messaging', 'notifications']));
  });

  it('lets each service touch only the tables of its own context', () => {
    const violations: string[] = [];
    for (const prefix of Object.keys(OWNERS).filter((p) => !p.includes('/src/'))) {
      for (const file of sources(join(root, prefix))) {
        const allowed = OWNERS[ownerOf(file)];
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/\b(?:prisma|tx)\.(\w+)\./g)) {
          const schema = models.get(match[1]);
          if (schema && !allowed.includes(schema)) violations.push(`${relative(root, file)}: ${match[1]} (${schema})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
