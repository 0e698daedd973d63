import { Inject, Injectable, Logger } from '@nestjs/common';
import { RATE_COUNTER, type RateCounter, type WindowCount } from './rate-counter';
import type { RateLimitConfig } from './rate-limits.config';

export const RATE_LIMIT_CONFIG = Symbol('RATE_LIMIT_CONFIG');

export type RateDecision = { allowed: true } | { allowed: false; limitedBy: 'ip' | 'phone'; retryAfterSeconds: number };

/** A counter that does not answer within this time is skipped rather than holding up intake. */
const COUNTER_TIMEOUT_MS = 500;

/**
 * Public intake limits, per client address and per phone number. Both counters are hit on every
 * request, so a client cannot dodge the address limit by rotating numbers or the other way round.
 * When Redis is unreachable the request goes through: refusing residents because the limiter is
 * down would be worse than a burst getting in.
 */
@Injectable()
export class PublicIntakeRateLimiter {
  private readonly logger = new Logger(PublicIntakeRateLimiter.name);

  constructor(
    @Inject(RATE_COUNTER) private readonly counter: RateCounter,
    @Inject(RATE_LIMIT_CONFIG) private readonly config: RateLimitConfig,
  ) {}

  async check(client: { address: string; phoneDigest: string | null }): Promise<RateDecision> {
    if (!this.config.enabled) return { allowed: true };
    const [byAddress, byPhone] = await Promise.all([
      this.hit(`ip:${client.address}`, this.config.perIp.windowMs),
      client.phoneDigest ? this.hit(`phone:${client.phoneDigest}`, this.config.perPhone.windowMs) : Promise.resolve(null),
    ]);
    if (byAddress && byAddress.count > this.config.perIp.limit) return refuse('ip', byAddress);
    if (byPhone && byPhone.count > this.config.perPhone.limit) return refuse('phone', byPhone);
    return { allowed: true };
  }

  private async hit(key: string, windowMs: number): Promise<WindowCount | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), COUNTER_TIMEOUT_MS);
    });
    try {
      const counted = await Promise.race([this.counter.hit(key, windowMs), timeout]);
      if (!counted) this.logger.warn('rate limit counter did not answer in time; request let through');
      return counted;
    } catch (error) {
      this.logger.warn(`rate limit counter failed; request let through: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}

function refuse(limitedBy: 'ip' | 'phone', window: WindowCount): RateDecision {
  return { allowed: false, limitedBy, retryAfterSeconds: Math.max(1, Math.ceil(window.resetInMs / 1000)) };
}
