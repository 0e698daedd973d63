import type { Redis } from 'ioredis';

/** How many hits a key has in its current window, and when that window ends. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/** Counts hits per key in fixed windows, shared by every instance of the service. */
export interface RateCounter {
  hit(key: string, windowMs: number): Promise<WindowCount>;
}
export const RATE_COUNTER = Symbol('RATE_COUNTER');

/**
 * INCR and PEXPIRE in one script, so a crash between them can never leave a counter without an
 * expiry (which would block its key for good). A key that somehow lost its TTL gets it back.
 */
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

export class RedisRateCounter implements RateCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, resetInMs] = (await this.redis.eval(HIT_SCRIPT, 1, `${this.prefix}:rate:${key}`, String(windowMs))) as [number, number];
    return { count, resetInMs };
  }
}
