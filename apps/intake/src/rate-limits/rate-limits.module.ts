import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CLIENT_ADDRESS, clientAddressProvider } from '@shangliang/http';
import { REDIS_CONNECTION } from '@shangliang/messaging';
import { PublicIntakeRateLimiter, RATE_LIMIT_CONFIG } from './public-intake-rate-limiter';
import { PII_DIGEST_SECRET, PublicIntakeRateLimitGuard } from './rate-limit.guard';
import { RATE_COUNTER, RedisRateCounter } from './rate-counter';
import type { RateLimitConfig } from './rate-limits.config';

/**
 * Public intake rate limits, counted in the Redis the service already uses for its queues.
 * Global so that `@PublicIntakeRateLimit()` works on any controller of the service.
 */
@Global()
@Module({})
export class RateLimitsModule {
  static forRoot(options: { config: RateLimitConfig; keyPrefix: string; piiDigestSecret: string }): DynamicModule {
    return {
      module: RateLimitsModule,
      providers: [
        { provide: RATE_LIMIT_CONFIG, useValue: options.config },
        { provide: PII_DIGEST_SECRET, useValue: options.piiDigestSecret },
        { provide: RATE_COUNTER, useFactory: (redis: Redis) => new RedisRateCounter(redis, options.keyPrefix), inject: [REDIS_CONNECTION] },
        clientAddressProvider({ hops: options.config.trustedProxyHops, proxies: options.config.trustedProxies }),
        PublicIntakeRateLimiter,
        PublicIntakeRateLimitGuard,
      ],
      exports: [RATE_LIMIT_CONFIG, PII_DIGEST_SECRET, CLIENT_ADDRESS, PublicIntakeRateLimiter, PublicIntakeRateLimitGuard],
    };
  }
}
