import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';
import { COMMITTED_SECRET_VALUES, productionSecretIssues } from './production-secrets';

const schema = z.object({ AUTH_TOKEN_SECRET: z.string().min(16), PGPASSWORD: z.string().optional(), PORT: z.string().default('1') });
const strong = 'k5Jq0yXbW3n8Zr2pV7mD4sT9aF1cH6eLuQoRiGwN';

describe('production secrets', () => {
  it('knows every secret value committed to the env files', () => {
    const envDir = join(__dirname, '..', '..', '..', '..', 'infra', 'env');
    const committed = readdirSync(envDir)
      .filter((file) => file.endsWith('.env'))
      .flatMap((file) => [...readFileSync(join(envDir, file), 'utf8').matchAll(/^(\w+(?:_SECRET|PASSWORD))=\$\{\1:-(.*)\}$/gm)])
      .map((match) => match[2])
      .filter((value) => value !== '');
    expect(committed.length).toBeGreaterThan(0);
    for (const value of committed) expect(COMMITTED_SECRET_VALUES).toContain(value);
  });

  it('refuses a missing, short or committed secret in production and names the variable', () => {
    expect(productionSecretIssues(['AUTH_TOKEN_SECRET'], {})).toEqual([expect.stringMatching(/^AUTH_TOKEN_SECRET: required/)]);
    expect(productionSecretIssues(['AUTH_TOKEN_SECRET'], { AUTH_TOKEN_SECRET: 'x'.repeat(31) })).toEqual([expect.stringMatching(/at least 32 bytes/)]);
    for (const value of COMMITTED_SECRET_VALUES) {
      expect(productionSecretIssues(['AUTH_TOKEN_SECRET'], { AUTH_TOKEN_SECRET: value })).toEqual([expect.stringMatching(/committed/)]);
    }
    expect(productionSecretIssues(['AUTH_TOKEN_SECRET'], { AUTH_TOKEN_SECRET: `dev-only-${strong}` })).toEqual([expect.stringMatching(/committed/)]);
    expect(productionSecretIssues(['AUTH_TOKEN_SECRET'], { AUTH_TOKEN_SECRET: strong })).toEqual([]);
  });

  it("takes a provider-issued secret at the provider's length (an Aliyun AccessKey secret has 30 characters)", () => {
    expect(productionSecretIssues(['SMS_ACCESS_KEY_SECRET'], { SMS_ACCESS_KEY_SECRET: 'Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1' })).toEqual([]);
    expect(productionSecretIssues(['SMS_ACCESS_KEY_SECRET'], { SMS_ACCESS_KEY_SECRET: 'x'.repeat(20) })).toEqual([expect.stringMatching(/at least 24 bytes/)]);
    expect(productionSecretIssues(['SMS_ACCESS_KEY_SECRET'], {})).toEqual([expect.stringMatching(/required/)]);
  });

  it('lets an infrastructure password be absent but never a committed one', () => {
    expect(productionSecretIssues(['PGPASSWORD'], {})).toEqual([]);
    expect(productionSecretIssues(['PGPASSWORD'], { PGPASSWORD: 'shangliang-demo' })).toHaveLength(1);
  });

  it('checks the secrets of the schema only when NODE_ENV is production', () => {
    expect(loadConfig(schema, { AUTH_TOKEN_SECRET: 'test-only-token-secret-0123456789' }).AUTH_TOKEN_SECRET).toBe('test-only-token-secret-0123456789');
    expect(() => loadConfig(schema, { NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'test-only-token-secret-0123456789' })).toThrow(ConfigError);
    expect(loadConfig(schema, { NODE_ENV: 'production', AUTH_TOKEN_SECRET: strong }).AUTH_TOKEN_SECRET).toBe(strong);
  });
});
