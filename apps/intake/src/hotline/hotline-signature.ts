import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Partner requests and our callbacks to partners are signed the same way:
 * `X-Signature` = hex HMAC-SHA256(secret, `${X-Timestamp}.${raw body bytes}`), with
 * `X-Timestamp` in unix seconds. The timestamp inside the MAC stops a captured request from
 * being replayed later; the raw bytes (not a re-serialised body) are what both sides agree on.
 */
export function signHotlineBody(secret: string, timestamp: number | string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

export type SignatureCheck = { valid: true } | { valid: false; reason: string };

export function checkHotlineSignature(input: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: Buffer;
  nowSeconds: number;
  toleranceSeconds: number;
}): SignatureCheck {
  if (!input.timestamp || !/^\d{1,12}$/.test(input.timestamp)) return { valid: false, reason: 'X-Timestamp must be unix seconds' };
  if (Math.abs(input.nowSeconds - Number(input.timestamp)) > input.toleranceSeconds) {
    return { valid: false, reason: `X-Timestamp is more than ${input.toleranceSeconds} s away from our clock` };
  }
  if (!input.signature || !/^[0-9a-f]{64}$/i.test(input.signature)) return { valid: false, reason: 'X-Signature must be a hex HMAC-SHA256' };
  const expected = Buffer.from(signHotlineBody(input.secret, input.timestamp, input.body), 'hex');
  const presented = Buffer.from(input.signature.toLowerCase(), 'hex');
  return timingSafeEqual(expected, presented) ? { valid: true } : { valid: false, reason: 'X-Signature does not match the body' };
}
