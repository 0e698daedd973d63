import { createHash } from 'node:crypto';

/**
 * An Idempotency-Key as stored: bound to the caller (their address, as resolved behind our
 * proxies) and, where given, to the request. A resident's key is theirs alone: the same key
 * from another caller never replays their answer (which carries a tracking code).
 */
export function boundIdempotencyKey(key: string, callerAddress: string, request?: unknown): string {
  const hash = createHash('sha256').update(key).update('\n').update(callerAddress);
  if (request !== undefined) hash.update('\n').update(JSON.stringify(request));
  return hash.digest('hex');
}
