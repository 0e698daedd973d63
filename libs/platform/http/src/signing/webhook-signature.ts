import { timingSafeEqual } from 'node:crypto';
import { signBody } from '../signed-body';

/**
 * Our outbound webhooks (government OA systems, WeCom group robots behind a relay) are signed
 * like the hotline's requests (signed-body.ts): `X-Signature` = hex HMAC-SHA256(secret, `${X-Timestamp}.${raw
 * body}`), `X-Timestamp` in unix seconds, and `X-Delivery-Id` naming the delivery so a receiver
 * can drop a retry it has already applied.
 */
export const WEBHOOK_HEADERS = { timestamp: 'x-timestamp', signature: 'x-signature', deliveryId: 'x-delivery-id' } as const;

export function signWebhookBody(secret: string, timestamp: number | string, body: string | Buffer): string {
  return signBody(secret, timestamp, body);
}

export function verifyWebhookBody(secret: string, timestamp: string | undefined, signature: string | undefined, body: string | Buffer): boolean {
  if (!timestamp || !signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature.toLowerCase(), 'hex'));
}
