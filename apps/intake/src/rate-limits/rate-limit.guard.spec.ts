import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@shangliang/http';
import { phoneDigest } from '../residents/personal-data';
import { PublicIntakeRateLimiter } from './public-intake-rate-limiter';
import { PublicIntakeRateLimitGuard } from './rate-limit.guard';
import type { RateLimitConfig } from './rate-limits.config';

const SECRET = 'test-secret-0123456789';
const config: RateLimitConfig = { enabled: true, perIp: { limit: 1, windowMs: 60_000 }, perPhone: { limit: 1, windowMs: 60_000 }, trustedProxyHops: 0, trustedProxies: [] };

function httpContext(body: unknown, res: { setHeader: jest.Mock }, peer: { socket?: string; forwardedFor?: string } = {}): ExecutionContext {
  const headers = peer.forwardedFor ? { 'x-forwarded-for': peer.forwardedFor } : {};
  const request = { body, headers, socket: { remoteAddress: peer.socket ?? '127.0.0.1' } };
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

  describe('behind the web proxy', () => {
    const behindProxy: RateLimitConfig = { ...config, trustedProxyHops: 1, trustedProxies: ['127.0.0.1'] };
    const allowAll = () => ({ check: jest.fn().mockResolvedValue({ allowed: true }) }) as unknown as PublicIntakeRateLimiter;

    it('counts the resident the proxy names in X-Forwarded-For', async () => {
      const limiter = allowAll();
      const guard = new PublicIntakeRateLimitGuard(reflector, limiter, behindProxy, SECRET);
      await guard.canActivate(httpContext({}, { setHeader: jest.fn() }, { socket: '::ffff:127.0.0.1', forwardedFor: '198.51.100.4' }));
      expect(limiter.check).toHaveBeenCalledWith({ address: '198.51.100.4', phoneDigest: null });
    });

    it('counts a client that connects directly by its own address, whatever X-Forwarded-For it forges', async () => {
      const limiter = allowAll();
      const guard = new PublicIntakeRateLimitGuard(reflector, limiter, behindProxy, SECRET);
      await guard.canActivate(httpContext({}, { setHeader: jest.fn() }, { socket: '203.0.113.7', forwardedFor: '198.51.100.4' }));
      expect(limiter.check).toHaveBeenCalledWith({ address: '203.0.113.7', phoneDigest: null });
    });
  });
});
