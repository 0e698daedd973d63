import { checkSignedBody, signBody, type SignatureCheck } from '@shangliang/http';

/**
 * Partner requests and our callbacks to partners are signed the same way:
 * `X-Signature` = hex HMAC-SHA256(secret, `${X-Timestamp}.${raw body bytes}`), with
 * `X-Timestamp` in unix seconds (see signed-body.ts in the http lib).
 */
export const signHotlineBody = signBody;
export type { SignatureCheck };

export function checkHotlineSignature(input: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: Buffer;
  nowSeconds: number;
  toleranceSeconds: number;
}): SignatureCheck {
  return checkSignedBody(input);
}
