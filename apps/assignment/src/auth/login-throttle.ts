import { createHash, createHmac } from 'node:crypto';
import { Logger, type Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CONNECTION } from '@shangliang/messaging';

export const LOGIN_THROTTLE = Symbol('LOGIN_THROTTLE');

/** Who is trying to sign in: the username asked for, from which address, with which password. */
export interface LoginAttempt {
  username: string;
  address: string;
  password: string;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; limitedBy: 'account' | 'password' };

/**
 * Two counts, both per client address so that nobody can lock a member of staff out from
 * elsewhere: failures for one account from one address (guessing one account's password), and
 * the accounts one address has tried one password on (spraying a common password).
 */
export interface LoginThrottle {
  /** Counts the attempt; refused once too many have failed in the window. */
  attempt(attempt: LoginAttempt): Promise<ThrottleDecision>;
  /** A correct password clears the account's count from that address and its place in the password's set. */
  succeeded(attempt: LoginAttempt): Promise<void>;
}

export interface LoginThrottlePolicy {
  /** Failed sign-ins to one account from one address per window. */
  failuresAllowed: number;
  /** Distinct accounts one address may try one password on per window. */
  accountsPerPassword: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_THROTTLE_POLICY: LoginThrottlePolicy = { failuresAllowed: 10, accountsPerPassword: 5, windowMs: 15 * 60_000 };
/** A counter that does not answer within this time is skipped rather than holding up sign-in. */
const REDIS_TIMEOUT_MS = 500;

/**
 * One script for both counts, so neither can be left without its expiry and a burst of parallel
 * guesses cannot slip under a limit. KEYS[1] counts every attempt on the account from the
 * address (a success deletes it, so it is the failures since the last success); KEYS[2] is the
 * set of accounts the address tried this password on.
 */
const ATTEMPT_SCRIPT = `
local function expire(key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, ARGV[1])
    ttl = tonumber(ARGV[1])
  end
  return ttl
end
local failures = redis.call('INCR', KEYS[1])
local failuresTtl = expire(KEYS[1])
redis.call('SADD', KEYS[2], ARGV[2])
local accounts = redis.call('SCARD', KEYS[2])
local accountsTtl = expire(KEYS[2])
return {failures, failuresTtl, accounts, accountsTtl}`;

/**
 * Counted in Redis, so every instance of the service shares the count. When Redis does not
 * answer, sign-in goes on: locking every member out because the counter is down would be worse.
 */
export class RedisLoginThrottle implements LoginThrottle {
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** Keys the password's digest, so a Redis dump does not hold guessable hashes of passwords. */
    private readonly keySecret: string,
    private readonly policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE_POLICY,
  ) {}

  async attempt(attempt: LoginAttempt): Promise<ThrottleDecision> {
    const counted = await this.bounded(
      this.redis.eval(ATTEMPT_SCRIPT, 2, this.accountKey(attempt), this.passwordKey(attempt), String(this.policy.windowMs), this.accountDigest(attempt)) as Promise<
        [number, number, number, number]
      >,
    );
    if (!counted) return { allowed: true };
    const [failures, failuresTtl, accounts, accountsTtl] = counted;
    if (accounts > this.policy.accountsPerPassword) return { allowed: false, limitedBy: 'password', retryAfterSeconds: seconds(accountsTtl) };
    if (failures > this.policy.failuresAllowed) return { allowed: false, limitedBy: 'account', retryAfterSeconds: seconds(failuresTtl) };
    return { allowed: true };
  }

  /**
   * A correct password is no guess: the account's failures from the address are cleared and the
   * account leaves the password's set, so colleagues signing in one after another from one
   * office address never add up to "spraying".
   */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.bounded(this.redis.multi().del(this.accountKey(attempt)).srem(this.passwordKey(attempt), this.accountDigest(attempt)).exec());
  }

  /** The username is hashed so that whatever was typed never becomes part of a Redis key. */
  private accountDigest({ username }: LoginAttempt): string {
    return createHash('sha256').update(username.trim().toLowerCase()).digest('base64url');
  }

  private accountKey(attempt: LoginAttempt): string {
    const digest = createHash('sha256').update(`${this.accountDigest(attempt)}\n${attempt.address}`).digest('base64url');
    return `${this.prefix}:login-attempts:${digest}`;
  }

  private passwordKey({ address, password }: LoginAttempt): string {
    const digest = createHmac('sha256', this.keySecret).update(`${address}\n${password}`).digest('base64url');
    return `${this.prefix}:login-passwords:${digest}`;
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

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The throttle on the service's Redis, its keys under the queue prefix (so test runs keep apart). */
export function loginThrottleProvider(keyPrefix: string, keySecret: string): Provider {
  const key = createHmac('sha256', keySecret).update('login-throttle').digest('base64url');
  return { provide: LOGIN_THROTTLE, useFactory: (redis: Redis) => new RedisLoginThrottle(redis, keyPrefix, key), inject: [REDIS_CONNECTION] };
}
