import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@shangliang/http';
import { phoneDigest } from '../residents/personal-data';
import { PublicIntakeRateLimiter } from './public-intake-rate-limiter';
import { PublicIntakeRateLimitGuard } from './rate-limit.guard';
import type { RateLimitConfig } from './rate-limits.config';

const SECRET = 'test-secret-0123456789';
const config: RateLimitConfig = { enabled: true, perIp: { limit: 1, windowMs: 60_000 }, perPhone: { limit: 1, windowMs: 60_000 }, trustedProxyHops: 0 };

function httpContext(body: unknown, res: { setHeader: jest.Mock }): ExecutionContext {
  const request = { body, headers: {}, socket: { remoteAddress: '127.0.0.1' } };
  return {
    getType: () => 'http',
    getHandler: () => () => undefined,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => res }),
  } as unknown as ExecutionContext;
}

describe('the public intake rate limit guard', () => {
  const reflector = { get: jest.fn().mockReturnValue('contact.phone') } as unknown as Reflector;

  it('hands the limiter a keyed digest of the phone number, never the number', async () => {
    const limiter = { check: jest.fn().mockResolvedValue({ allowed: true }) } as unknown as PublicIntakeRateLimiter;
    const guard = new PublicIntakeRateLimitGuard(reflector, limiter, config, SECRET);
    await guard.canActivate(httpContext({ contact: { phone: '138 1234 5678' } }, { setHeader: jest.fn() }));
    expect(limiter.check).toHaveBeenCalledWith({ address: '127.0.0.1', phoneDigest: phoneDigest('13812345678', SECRET) });
    expect(JSON.stringify((limiter.check as jest.Mock).mock.calls)).not.toContain('5678');
  });

  it('answers 429 rate_limited with Retry-After when over the limit', async () => {
    const limiter = { check: jest.fn().mockResolvedValue({ allowed: false, limitedBy: 'phone', retryAfterSeconds: 42 }) } as unknown as PublicIntakeRateLimiter;
    const res = { setHeader: jest.fn() };
    const refused = new PublicIntakeRateLimitGuard(reflector, limiter, config, SECRET).canActivate(httpContext({ contact: { phone: '13812345678' } }, res));
    await expect(refused).rejects.toMatchObject({ status: 429, code: 'rate_limited' });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    expect(res.setHeader).toHaveBeenCalledWith('Retry-After', '42');
  });

  it('counts a request without a usable phone number by its address only', async () => {
    const limiter = { check: jest.fn().mockResolvedValue({ allowed: true }) } as unknown as PublicIntakeRateLimiter;
    await new PublicIntakeRateLimitGuard(reflector, limiter, config, SECRET).canActivate(httpContext({ contact: { phone: 42 } }, { setHeader: jest.fn() }));
    expect(limiter.check).toHaveBeenCalledWith({ address: '127.0.0.1', phoneDigest: null });
  });
});
