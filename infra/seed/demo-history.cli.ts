// `node dist/infra/seed/demo-history.cli.js <dir>` — writes the demo city's year of history from
// before the system (cases.xlsx, suggestions.xlsx) into <dir>, for `npm start` to import with
// dist/apps/supervision/src/history/history-import.cli.js. Deterministic: the same files on every
// machine and every run, so importing them again adds nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '@shangliang/config';
import { generateDemoCity } from '@shangliang/organisation';
import { CASE_HEADERS, generateDemoHistory, SUGGESTION_HEADERS } from './demo-history';
import { historyWorkbook } from './demo-history-files';

const env = loadConfig(z.object({ DEMO_SEED: z.string().default('shangliang-demo') }));

async function main([dir]: string[]): Promise<void> {
  if (!dir) throw new Error('usage: demo-history.cli.js <dir>');
  const city = generateDemoCity(env.DEMO_SEED);
  const { cases, suggestions } = generateDemoHistory(city);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cases.xlsx'), await historyWorkbook(CASE_HEADERS, cases, '案例台账'));
  writeFileSync(join(dir, 'suggestions.xlsx'), await historyWorkbook(SUGGESTION_HEADERS, suggestions, '建议台账'));
  process.stdout.write(`demo history: ${cases.length} cases, ${suggestions.length} suggestions in ${dir}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
