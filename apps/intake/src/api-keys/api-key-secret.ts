import { createHash, randomBytes } from 'node:crypto';

/** Open311 keys read `sl311_` + 32 random bytes (base64url): 256 bits, safe in a query string. */
const KEY_MARK = 'sl311_';

export function newApiKey(): string {
  return `${KEY_MARK}${randomBytes(32).toString('base64url')}`;
}

/**
 * Only this digest is stored. A plain SHA-256 suffices (no salt, no slow hash): the key is
 * 256 random bits, so there is nothing to guess, and a fast digest lets us look a key up by it.
 */
export function apiKeyDigest(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** What admins see to tell keys apart, never enough to use one. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, 12);
}
