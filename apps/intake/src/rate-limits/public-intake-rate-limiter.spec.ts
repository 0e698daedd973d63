import { PublicIntakeRateLimiter } from './public-intake-rate-limiter';
import type { RateCounter } from './rate-counter';
import type { RateLimitConfig } from './rate-limits.config';

const config: RateLimitConfig = { enabled: true, perIp: { limit: 3, windowMs: 60_000 }, perPhone: { limit: 2, windowMs: 3_600_000 }, trustedProxyHops: 0, trustedProxies: [] };

function counterWith(counts: Record<string, number>): RateCounter & { keys: string[] } {
  const keys: string[] = [];
  return {
    keys,
    hit: jest.fn(async (key: string) => {
      keys.push(key);
      counts[key] = (counts[key] ?? 0) + 1;
      return { count: counts[key], resetInMs: 12_300 };
    }),
  };
}

describe('public intake rate limits', () => {
  it('lets requests through while both counters are under their limits', async () => {
    const limiter = new PublicIntakeRateLimiter(counterWith({}), config);
    await expect(limiter.check({ address: '10.0.0.1', phoneDigest: 'd1' })).resolves.toEqual({ allowed: true });
  });

  it('refuses an address over its limit and says when to retry', async () => {
    const limiter = new PublicIntakeRateLimiter(counterWith({ 'ip:10.0.0.1': 3 }), config);
    await expect(limiter.check({ address: '10.0.0.1', phoneDigest: null })).resolves.toEqual({ allowed: false, limitedBy: 'ip', retryAfterSeconds: 13 });
  });

  it('refuses a phone number over its limit even from a fresh address', async () => {
    const limiter = new PublicIntakeRateLimiter(counterWith({ 'phone:d1': 2 }), config);
    await expect(limiter.check({ address: '10.0.0.9', phoneDigest: 'd1' })).resolves.toMatchObject({ allowed: false, limitedBy: 'phone' });
  });

  it('counts the phone number only by its digest', async () => {
    const counter = counterWith({});
    await new PublicIntakeRateLimiter(counter, config).check({ address: '10.0.0.1', phoneDigest: 'abc123' });
    expect(counter.keys).toEqual(['ip:10.0.0.1', 'phone:abc123']);
  });

  it('lets the request through when the counter fails, rather than refusing residents', async () => {
    const failing: RateCounter = { hit: jest.fn().mockRejectedValue(new Error('redis down')) };
    await expect(new PublicIntakeRateLimiter(failing, config).check({ address: '10.0.0.1', phoneDigest: 'd1' })).resolves.toEqual({ allowed: true });
  });

  it('counts nothing when rate limiting is switched off', async () => {
    const counter = counterWith({});
    await new PublicIntakeRateLimiter(counter, { ...config, enabled: false }).check({ address: '10.0.0.1', phoneDigest: 'd1' });
    expect(counter.hit).not.toHaveBeenCalled();
  });
});
