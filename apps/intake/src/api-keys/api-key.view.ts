import type { ApiKeyRecord } from './api-key.repository';

/** A key as admins see it: never the key itself, nor its digest. */
export function apiKeyView(k: ApiKeyRecord) {
  return {
    id: k.id,
    name: k.name,
    keyPrefix: k.keyPrefix,
    createdBy: k.createdBy,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    active: k.revokedAt === null,
  };
}
export type ApiKeyView = ReturnType<typeof apiKeyView>;
