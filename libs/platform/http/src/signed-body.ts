import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * One way to sign a request body, used wherever two parties share a secret (hotline partners,
 * our own services calling each other): hex HMAC-SHA256(secret, `${timestamp}.${raw body}`),
 * with the timestamp in unix seconds. The timestamp inside the MAC stops a captured request
 * from being replayed later; the raw bytes (not a re-serialised body) are what both sides sign.
 */
export function signBody(secret: string, timestamp: number | string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

export type SignatureCheck = { valid: true } | { valid: false; reason: string };

export function checkSignedBody(input: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: Buffer;
  nowSeconds: number;
  toleranceSeconds: number;
  /** How the two values are called where they travel, for the refusal's reason. */
  names?: { timestamp: string; signature: string };
}): SignatureCheck {
  const names = input.names ?? { timestamp: 'X-Timestamp', signature: 'X-Signature' };
  if (!input.timestamp || !/^\d{1,12}$/.test(input.timestamp)) return { valid: false, reason: `${names.timestamp} must be unix seconds` };
  if (Math.abs(input.nowSeconds - Number(input.timestamp)) > input.toleranceSeconds) {
    return { valid: false, reason: `${names.timestamp} is more than ${input.toleranceSeconds} s away from our clock` };
  }
  if (!input.signature || !/^[0-9a-f]{64}$/i.test(input.signature)) return { valid: false, reason: `${names.signature} must be a hex HMAC-SHA256` };
  const expected = Buffer.from(signBody(input.secret, input.timestamp, input.body), 'hex');
  const presented = Buffer.from(input.signature.toLowerCase(), 'hex');
  return timingSafeEqual(expected, presented) ? { valid: true } : { valid: false, reason: `${names.signature} does not match the body` };
}
