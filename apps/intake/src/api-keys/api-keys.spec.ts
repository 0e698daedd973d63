import { apiKeyDigest } from './api-key-secret';
import type { ApiKeyRecord, ApiKeyRepository } from './api-key.repository';
import { IssueApiKeyUseCase } from './issue-api-key.usecase';
import { RevokeApiKeyUseCase } from './revoke-api-key.usecase';
import { VerifyApiKeyUseCase } from './verify-api-key.usecase';

function record(overrides: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return { id: 'k1', name: 'FixMyStreet', councilId: 'council-city', keyDigest: 'd', keyPrefix: 'sl311_abcdef', createdBy: 'admin', createdAt: new Date(), revokedAt: null, lastUsedAt: null, ...overrides };
}

function repository(overrides: Partial<Record<keyof ApiKeyRepository, jest.Mock>> = {}) {
  return {
    create: jest.fn(async (data) => record(data)),
    findById: jest.fn(),
    findByDigest: jest.fn(),
    list: jest.fn(),
    revoke: jest.fn(),
    touch: jest.fn().mockResolvedValue(undefined),
    ...overrides,
  } as unknown as ApiKeyRepository & Record<keyof ApiKeyRepository, jest.Mock>;
}

const admin = { staffId: 'staff-admin', councilId: 'council-city' };

describe('Open311 api keys', () => {
  it('issues a key shown once and stores only its digest and prefix', async () => {
    const keys = repository();
    const issued = await new IssueApiKeyUseCase(keys).execute({ name: 'FixMyStreet' }, admin);
    expect(keys.create.mock.calls[0][0]).toMatchObject({ councilId: 'council-city', createdBy: 'staff-admin' });
    const stored = keys.create.mock.calls[0][0];
    expect(issued.key).toMatch(/^sl311_[A-Za-z0-9_-]{43}$/);
    expect(stored.keyDigest).toBe(apiKeyDigest(issued.key));
    expect(JSON.stringify(stored)).not.toContain(issued.key);
    expect(issued.key.startsWith(stored.keyPrefix)).toBe(true);
  });

  it('gives two issued keys different values', async () => {
    const use = new IssueApiKeyUseCase(repository());
    const [a, b] = await Promise.all([use.execute({ name: 'a' }, admin), use.execute({ name: 'b' }, admin)]);
    expect(a.key).not.toBe(b.key);
  });

  it('accepts a key we issued and records its use', async () => {
    const keys = repository({ findByDigest: jest.fn().mockResolvedValue(record()) });
    await expect(new VerifyApiKeyUseCase(keys).execute('sl311_whatever')).resolves.toBe('k1');
    expect(keys.findByDigest).toHaveBeenCalledWith(apiKeyDigest('sl311_whatever'));
    expect(keys.touch).toHaveBeenCalledWith('k1', expect.any(Date));
  });

  it('refuses a revoked key, an unknown key and no key at all', async () => {
    const revoked = repository({ findByDigest: jest.fn().mockResolvedValue(record({ revokedAt: new Date() })) });
    await expect(new VerifyApiKeyUseCase(revoked).execute('sl311_x')).resolves.toBeNull();
    const unknown = repository({ findByDigest: jest.fn().mockResolvedValue(null) });
    await expect(new VerifyApiKeyUseCase(unknown).execute('sl311_x')).resolves.toBeNull();
    await expect(new VerifyApiKeyUseCase(unknown).execute(undefined)).resolves.toBeNull();
  });

  it('does not write the last use again within a minute', async () => {
    const keys = repository({ findByDigest: jest.fn().mockResolvedValue(record({ lastUsedAt: new Date(Date.now() - 5_000) })) });
    await new VerifyApiKeyUseCase(keys).execute('sl311_x');
    expect(keys.touch).not.toHaveBeenCalled();
  });

  it('answers 404 when revoking a key that does not exist', async () => {
    const keys = repository({ revoke: jest.fn().mockResolvedValue(null) });
    await expect(new RevokeApiKeyUseCase(keys).execute('00000000-0000-0000-0000-000000000000', 'council-city')).rejects.toMatchObject({ status: 404 });
  });

  it('shows a revoked key as inactive, never with its digest', async () => {
    const keys = repository({ revoke: jest.fn().mockResolvedValue(record({ revokedAt: new Date('2026-01-01T00:00:00Z') })) });
    const view = await new RevokeApiKeyUseCase(keys).execute('k1', 'council-city');
    expect(keys.revoke).toHaveBeenCalledWith('k1', 'council-city', expect.any(Date));
    expect(view).toMatchObject({ id: 'k1', active: false, revokedAt: '2026-01-01T00:00:00.000Z' });
    expect(view).not.toHaveProperty('keyDigest');
  });
});
