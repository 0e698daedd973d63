/**
 * Secrets in production. A variable whose name ends in `_SECRET` signs or keys something an
 * attacker must not forge (staff tokens, digests of residents' phone numbers, hotline requests,
 * SMS gateway requests, service-to-service requests);
 * `*_PASSWORD` variables guard infrastructure. With `NODE_ENV=production` an app refuses to start
 * when a secret it reads is missing, shorter than 32 bytes, or a value committed to this
 * repository for development and tests — those are public, so they protect nothing.
 */
export const MIN_SECRET_BYTES = 32;

/**
 * Secrets a provider issues rather than we generate: their length is the provider's to choose
 * (an Aliyun AccessKey secret has 30 characters), so only a shorter one is refused.
 */
export const ISSUED_SECRET_MIN_BYTES: Readonly<Record<string, number>> = { SMS_ACCESS_KEY_SECRET: 24 };

/**
 * Every secret value committed for development, tests and demos (infra/env/*.env, the README's
 * examples). `committed-secrets.spec.ts` reads the env files and fails if one is missing here.
 */
export const COMMITTED_SECRET_VALUES: readonly string[] = [
  'dev-only-token-secret-change-me',
  'dev-only-pii-secret-change-me',
  'dev-only-hotline-secret-0123456789abcdef',
  'test-only-token-secret-0123456789',
  'test-only-pii-secret-0123456789',
  'dev-only-sms-secret-change-me',
  'dev-only-internal-secret-change-me',
  'test-only-sms-secret-0123456789',
  'test-only-internal-secret-0123456789',
  'shangliang-demo',
];

/** Words that only a placeholder or a development value contains. */
const PLACEHOLDER = /(dev-only|test-only|change-?me|changeme|example|placeholder|secret-here)/i;

export function isSecretVariable(name: string): boolean {
  return name.endsWith('_SECRET');
}

export function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV === 'production';
}

/**
 * The problems with the secrets among `names`, one line per variable (empty when all are fit
 * for production). Infrastructure passwords are optional (Postgres may use certificates), but
 * when set they must not be a committed value either.
 */
export function productionSecretIssues(names: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const issues: string[] = [];
  for (const name of names) {
    const value = env[name];
    const required = isSecretVariable(name);
    if (value === undefined || value === '') {
      if (required) issues.push(`${name}: required in production (generate one with \`openssl rand -base64 48\`)`);
      continue;
    }
    if (COMMITTED_SECRET_VALUES.includes(value) || PLACEHOLDER.test(value)) {
      issues.push(`${name}: is a development or test value committed to the repository; set a secret of your own`);
    } else if (required && Buffer.byteLength(value, 'utf8') < (ISSUED_SECRET_MIN_BYTES[name] ?? MIN_SECRET_BYTES)) {
      issues.push(`${name}: must be at least ${ISSUED_SECRET_MIN_BYTES[name] ?? MIN_SECRET_BYTES} bytes in production`);
    }
  }
  return issues;
}
