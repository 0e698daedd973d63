import type { Redis } from 'ioredis';
import { RedisLoginThrottle } from './login-throttle';

const attempt = { username: 'convener-loc-003', address: '10.0.0.1', password: 'hunter2-hunter2' };

describe('the login throttle', () => {
  it('lets sign-in go on when Redis fails, rather than lock every member out', async () => {
    const failing = { del: () => failing, srem: () => failing, exec: jest.fn().mockRejectedValue(new Error('redis down')) };
    const redis = { eval: jest.fn().mockRejectedValue(new Error('redis down')), multi: () => failing };
    const throttle = new RedisLoginThrottle(redis as unknown as Redis, 'test', 'key');
    await expect(throttle.attempt(attempt)).resolves.toEqual({ allowed: true });
    await expect(throttle.succeeded(attempt)).resolves.toBeUndefined();
  });

  it('refuses the attempt after the allowed failures, saying when to retry', async () => {
    const redis = { eval: jest.fn().mockResolvedValueOnce([10, 60_000, 1, 60_000]).mockResolvedValueOnce([11, 59_001, 1, 59_001]) };
    const throttle = new RedisLoginThrottle(redis as unknown as Redis, 'test', 'key');
    await expect(throttle.attempt(attempt)).resolves.toEqual({ allowed: true });
    await expect(throttle.attempt(attempt)).resolves.toEqual({ allowed: false, limitedBy: 'account', retryAfterSeconds: 60 });
  });

  it('keys the counts by digests, so neither the username nor the password typed becomes a Redis key or value', async () => {
    const redis = { eval: jest.fn().mockResolvedValue([1, 900_000, 1, 900_000]) };
    await new RedisLoginThrottle(redis as unknown as Redis, 'sl-test', 'key').attempt({ ...attempt, username: 'Convener-Loc-003' });
    await new RedisLoginThrottle(redis as unknown as Redis, 'sl-test', 'key').attempt(attempt);
    const [first, second] = redis.eval.mock.calls;
    expect(first[2]).toMatch(/^sl-test:login-attempts:[\w-]+$/);
    expect(first[3]).toMatch(/^sl-test:login-passwords:[\w-]+$/);
    expect(JSON.stringify(first)).not.toMatch(/convener|hunter2/i);
    expect(first.slice(2)).toEqual(second.slice(2));
  });
});
