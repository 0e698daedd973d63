import { createHash } from 'node:crypto';
import { Logger, type Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CONNECTION } from '@shangliang/messaging';

export const LOGIN_THROTTLE = Symbol('LOGIN_THROTTLE');

/** Who is trying to sign in: the username asked for, from which address. */
export interface LoginAttempt {
  username: string;
  address: string;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Sign-in attempts per username and address, so guessing one account's password is slow. */
export interface LoginThrottle {
  /** Counts the attempt; refused once too many have failed in the window. */
  attempt(attempt: LoginAttempt): Promise<ThrottleDecision>;
  /** A correct password clears the count. */
  succeeded(attempt: LoginAttempt): Promise<void>;
}

export const LOGIN_FAILURES_ALLOWED = 10;
export const LOGIN_WINDOW_MS = 15 * 60_000;
/** A counter that does not answer within this time is skipped rather than holding up sign-in. */
const REDIS_TIMEOUT_MS = 500;

/**
 * INCR with a fixed window, in one script so a counter can never be left without its expiry.
 * Every attempt counts and a success deletes the key, so the count is the failures since the
 * last success — and a burst of parallel guesses cannot all slip under the limit.
 */
const ATTEMPT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

/**
 * Counted in Redis, so every instance of the service shares the count. When Redis does not
 * answer, sign-in goes on: locking every member out because the counter is down would be worse.
 */
export class RedisLoginThrottle implements LoginThrottle {
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly policy = { failuresAllowed: LOGIN_FAILURES_ALLOWED, windowMs: LOGIN_WINDOW_MS },
  ) {}

  async attempt(attempt: LoginAttempt): Promise<ThrottleDecision> {
    const counted = await this.bounded(this.redis.eval(ATTEMPT_SCRIPT, 1, this.keyOf(attempt), String(this.policy.windowMs)) as Promise<[number, number]>);
    if (!counted || counted[0] <= this.policy.failuresAllowed) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(counted[1] / 1000)) };
  }

  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.bounded(this.redis.del(this.keyOf(attempt)));
  }

  /** The username is hashed so that whatever was typed never becomes part of a Redis key. */
  private keyOf({ username, address }: LoginAttempt): string {
    const digest = createHash('sha256').update(`${username.toLowerCase()}\n${address}`).digest('base64url');
    return `${this.prefix}:login-attempts:${digest}`;
  }

  private async bounded<T>(command: Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), REDIS_TIMEOUT_MS);
    });
    try {
      const answer = await Promise.race([command, timeout]);
      if (answer === null) this.logger.warn('login throttle did not answer in time; sign-in let through');
      return answer;
    } catch (error) {
      this.logger.warn(`login throttle failed; sign-in let through: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The throttle on the service's Redis, its keys under the queue prefix (so test runs keep apart). */
export function loginThrottleProvider(keyPrefix: string): Provider {
  return { provide: LOGIN_THROTTLE, useFactory: (redis: Redis) => new RedisLoginThrottle(redis, keyPrefix), inject: [REDIS_CONNECTION] };
}
