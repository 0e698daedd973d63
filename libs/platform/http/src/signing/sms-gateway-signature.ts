import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The request signature of the common Chinese SMS gateways (Aliyun's RPC style, which Tencent
 * and others mirror): every parameter but `Signature`, sorted by name, percent-encoded as RFC
 * 3986 (space as %20, `*` as %2A, `~` kept), joined as `k=v&…`; the string to sign is
 * `METHOD&%2F&<encoded canonical query>` and the signature is base64 HMAC-SHA1 keyed with
 * `<AccessKeySecret>&`. Shared by our adapter (signs) and the local SMS sink (verifies).
 */
export type SmsGatewayParams = Record<string, string>;

export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalQuery(params: SmsGatewayParams): string {
  return Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key])}`)
    .join('&');
}

export function signSmsGatewayRequest(accessKeySecret: string, params: SmsGatewayParams, method = 'POST'): string {
  const stringToSign = `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign).digest('base64');
}

/** Whether `params.Signature` is the signature of the other parameters under the secret. */
export function verifySmsGatewayRequest(accessKeySecret: string, params: SmsGatewayParams, method = 'POST'): boolean {
  const presented = Buffer.from(params.Signature ?? '', 'base64');
  const expected = Buffer.from(signSmsGatewayRequest(accessKeySecret, params, method), 'base64');
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
