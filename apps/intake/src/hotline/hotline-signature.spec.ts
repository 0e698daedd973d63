import { checkHotlineSignature, signHotlineBody } from './hotline-signature';

const secret = 'a'.repeat(64);
const body = Buffer.from('{"orderNumber":"A1","content":"路灯坏了"}');
const now = 1_800_000_000;

function check(overrides: Partial<Parameters<typeof checkHotlineSignature>[0]> = {}) {
  return checkHotlineSignature({ secret, timestamp: String(now), signature: signHotlineBody(secret, now, body), body, nowSeconds: now, toleranceSeconds: 300, ...overrides });
}

describe('hotline request signatures', () => {
  it('accepts a fresh request signed over its exact bytes', () => {
    expect(check()).toEqual({ valid: true });
  });

  it('refuses a timestamp more than five minutes old or ahead', () => {
    expect(check({ nowSeconds: now + 301 })).toMatchObject({ valid: false });
    expect(check({ nowSeconds: now - 301 })).toMatchObject({ valid: false });
    expect(check({ nowSeconds: now + 299 })).toEqual({ valid: true });
  });

  it('refuses a body that differs by one byte from the signed one', () => {
    expect(check({ body: Buffer.from('{"orderNumber":"A1", "content":"路灯坏了"}') })).toMatchObject({ valid: false, reason: expect.stringContaining('does not match') });
  });

  it('refuses a signature made with another secret', () => {
    expect(check({ signature: signHotlineBody('b'.repeat(64), now, body) })).toMatchObject({ valid: false });
  });

  it('refuses missing or malformed headers without comparing anything', () => {
    expect(check({ timestamp: undefined })).toMatchObject({ valid: false, reason: expect.stringContaining('X-Timestamp') });
    expect(check({ timestamp: '2026-01-01T00:00:00Z' })).toMatchObject({ valid: false, reason: expect.stringContaining('X-Timestamp') });
    expect(check({ signature: 'xyz' })).toMatchObject({ valid: false, reason: expect.stringContaining('X-Signature') });
  });

  it('signs the timestamp into the MAC, so a captured request cannot be replayed with a new timestamp', () => {
    expect(signHotlineBody(secret, now, body)).not.toBe(signHotlineBody(secret, now + 1, body));
  });
});
