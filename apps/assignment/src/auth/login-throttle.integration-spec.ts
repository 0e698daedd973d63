import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisLoginThrottle } from './login-throttle';

describe('the login throttle in Redis', () => {
  const redis = new Redis({ host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6391), lazyConnect: true });
  const prefix = `login-test-${randomUUID().slice(0, 8)}`;
  const throttle = new RedisLoginThrottle(redis, prefix, 'test-key', { failuresAllowed: 3, accountsPerPassword: 3, windowMs: 60_000 });
  const attempt = { username: 'member-mem-015', address: '10.0.0.7', password: 'guess-one' };

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('refuses an account from an address after its failures, until a success or the window ends', async () => {
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push((await throttle.attempt({ ...attempt, password: `guess-${i}` })).allowed);
    expect(decisions).toEqual([true, true, true, false, false]);
    const refused = await throttle.attempt({ ...attempt, password: 'guess-9' });
    expect(refused).toEqual({ allowed: false, limitedBy: 'account', retryAfterSeconds: 60 });
    // The same account from another address — its owner at their desk — is not locked out.
    expect(await throttle.attempt({ ...attempt, address: '10.0.0.8' })).toEqual({ allowed: true });
    expect(await throttle.attempt({ ...attempt, username: 'member-mem-016', password: 'other' })).toEqual({ allowed: true });
  });

  it('counts afresh after a successful sign-in', async () => {
    const other = { username: 'leader-grp-01', address: '10.0.0.9', password: 'x' };
    for (let i = 0; i < 3; i++) await throttle.attempt({ ...other, password: `p${i}` });
    await throttle.succeeded(other);
    expect(await throttle.attempt(other)).toEqual({ allowed: true });
  });

  it('refuses one address trying one password on many accounts, but not the same password from elsewhere', async () => {
    const spray = (username: string, address = '10.0.1.1') => throttle.attempt({ username, address, password: 'Welcome123!' });
    const decisions = [];
    for (const username of ['a1', 'a2', 'a3', 'a4', 'a5']) decisions.push((await spray(username)).allowed);
    expect(decisions).toEqual([true, true, true, false, false]);
    expect(await spray('a1')).toMatchObject({ allowed: false, limitedBy: 'password' });
    // Another password from that address, and that password from another address, go on.
    expect(await throttle.attempt({ username: 'a6', address: '10.0.1.1', password: 'something-else' })).toEqual({ allowed: true });
    expect(await spray('a6', '10.0.1.2')).toEqual({ allowed: true });
  });

  it('does not count colleagues who sign in correctly one after another from one address', async () => {
    for (const username of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']) {
      const attempt = { username, address: '10.0.2.1', password: 'shared-office-password' };
      expect(await throttle.attempt(attempt)).toEqual({ allowed: true });
      await throttle.succeeded(attempt);
    }
  });
});
