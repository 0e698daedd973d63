import { createHmac } from 'node:crypto';

/**
 * Service-to-service requests (notifications asking intake for a resident's number) carry
 * `X-Internal-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(INTERNAL_API_SECRET, "<t>.<body>")>`.
 * NOTE: a stand-in with the interface the lead's helper has (signInternalRequest, the header
 * name); on merging main, main's version of this file wins.
 */
export const INTERNAL_SIGNATURE_HEADER = 'x-internal-signature';

export function signInternalRequest(secret: string, body: string, nowMs: number = Date.now()): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}
