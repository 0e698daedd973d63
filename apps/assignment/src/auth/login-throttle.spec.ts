import type { Redis } from 'ioredis';
import { RedisLoginThrottle } from './login-throttle';

const attempt = { username: 'convener-loc-003', address: '10.0.0.1' };

describe('the login throttle', () => {
  it('lets sign-in go on when Redis fails, rather than lock every member out', async () => {
    const redis = { eval: jest.fn().mockRejectedValue(new Error('redis down')), del: jest.fn().mockRejectedValue(new Error('redis down')) };
    const throttle = new RedisLoginThrottle(redis as unknown as Redis, 'test');
    await expect(throttle.attempt(attempt)).resolves.toEqual({ allowed: true });
    await expect(throttle.succeeded(attempt)).resolves.toBeUndefined();
  });

  it('refuses the attempt after the allowed failures, saying when to retry', async () => {
    const redis = { eval: jest.fn().mockResolvedValueOnce([10, 60_000]).mockResolvedValueOnce([11, 59_001]) };
    const throttle = new RedisLoginThrottle(redis as unknown as Redis, 'test');
    await expect(throttle.attempt(attempt)).resolves.toEqual({ allowed: true });
    await expect(throttle.attempt(attempt)).resolves.toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('keys the count by a digest, so what was typed as the username never becomes a Redis key', async () => {
    const redis = { eval: jest.fn().mockResolvedValue([1, 900_000]) };
    await new RedisLoginThrottle(redis as unknown as Redis, 'sl-test').attempt({ username: 'Convener-Loc-003', address: '10.0.0.1' });
    await new RedisLoginThrottle(redis as unknown as Redis, 'sl-test').attempt(attempt);
    const [first, second] = redis.eval.mock.calls.map((call) => call[2] as string);
    expect(first).toMatch(/^sl-test:login-attempts:[\w-]+$/);
    expect(first).not.toContain('convener');
    expect(first).toBe(second);
  });
});
