import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisLoginThrottle } from './login-throttle';

describe('the login throttle in Redis', () => {
  const redis = new Redis({ host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6391), lazyConnect: true });
  const prefix = `login-test-${randomUUID().slice(0, 8)}`;
  const throttle = new RedisLoginThrottle(redis, prefix, { failuresAllowed: 3, windowMs: 60_000 });
  const attempt = { username: 'member-mem-015', address: '10.0.0.7' };

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('refuses an account from an address after its failures, until a success or the window ends', async () => {
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push((await throttle.attempt(attempt)).allowed);
    expect(decisions).toEqual([true, true, true, false, false]);
    const refused = await throttle.attempt(attempt);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // Another address, or another account, is counted on its own.
    expect(await throttle.attempt({ ...attempt, address: '10.0.0.8' })).toEqual({ allowed: true });
    expect(await throttle.attempt({ ...attempt, username: 'member-mem-016' })).toEqual({ allowed: true });
  });

  it('counts afresh after a successful sign-in', async () => {
    const other = { username: 'leader-grp-01', address: '10.0.0.9' };
    for (let i = 0; i < 3; i++) await throttle.attempt(other);
    await throttle.succeeded(other);
    expect(await throttle.attempt(other)).toEqual({ allowed: true });
  });
});
