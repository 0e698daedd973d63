import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisRateCounter } from './rate-counter';

describe('rate counters in Redis', () => {
  const redis = new Redis({ host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6391), lazyConnect: true });
  const prefix = `rate-test-${randomUUID().slice(0, 8)}`;
  const counter = new RedisRateCounter(redis, prefix);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('counts hits in a window that expires, shared by every counter on the same Redis', async () => {
    const other = new RedisRateCounter(redis, prefix);
    const first = await counter.hit('ip:10.0.0.1', 60_000);
    const second = await other.hit('ip:10.0.0.1', 60_000);
    expect(first.count).toBe(1);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(55_000);
    expect(second.resetInMs).toBeLessThanOrEqual(60_000);
  });

  it('starts a new window once the old one has expired', async () => {
    await counter.hit('phone:abc', 50);
    // Later hits do not extend the window, so polling ends as soon as it expires.
    let count = Infinity;
    const deadline = Date.now() + 2_000;
    while (count !== 1 && Date.now() < deadline) count = (await counter.hit('phone:abc', 50)).count;
    expect(count).toBe(1);
  });

  it('gives a counter that lost its expiry one again instead of blocking the key for good', async () => {
    await redis.set(`${prefix}:rate:ip:10.0.0.2`, '5');
    const hit = await counter.hit('ip:10.0.0.2', 60_000);
    expect(hit.count).toBe(6);
    expect(await redis.pttl(`${prefix}:rate:ip:10.0.0.2`)).toBeGreaterThan(0);
  });
});
