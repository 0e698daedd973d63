import { z } from 'zod';
import { isProduction, isSecretVariable, productionSecretIssues } from './production-secrets';

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the environment once, at boot, into one typed object. An app that is misconfigured
 * stops before it serves anything, naming every bad variable. In production it also refuses
 * the secrets it reads (`*_SECRET`, `*_PASSWORD` of its schema) when they are missing, short or
 * committed development values.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const issues: string[] = [];
  if (isProduction(env)) issues.push(...productionSecretIssues(secretVariablesOf(schema), env));
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const named = new Set(issues.map((issue) => issue.split(':')[0]));
    issues.push(
      ...parsed.error.issues
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .filter((issue) => !named.has(issue.split(':')[0])),
    );
  }
  if (issues.length || !parsed.success) throw new ConfigError(issues);
  return parsed.data;
}

/** The secret-bearing variables a config schema reads. */
export function secretVariablesOf(schema: z.ZodType): string[] {
  const shape = schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
  return shape.filter((name) => isSecretVariable(name) || name.endsWith('_PASSWORD'));
}

export const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
