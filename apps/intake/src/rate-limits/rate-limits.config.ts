import ms, { type StringValue } from 'ms';
import { z } from 'zod';
import { booleanFlag } from '@shangliang/config';

const window = z
  .string()
  .refine((v) => typeof ms(v as StringValue) === 'number' && ms(v as StringValue) > 0, 'must be a duration like "1m" or "1h"')
  .transform((v) => ms(v as StringValue));

/**
 * Limits on public intake (the web form, joining a problem, Open311 submissions), counted in
 * Redis so every instance shares them. The defaults leave room for a busy community centre
 * behind one address and for the test suite; tighten them per deployment.
 */
export const rateLimitEnv = z.object({
  RATE_LIMIT_ENABLED: booleanFlag.default(true),
  /** Requests per client address per window. */
  RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(120),
  RATE_LIMIT_IP_WINDOW: window.default(60_000),
  /** Submissions per phone number (counted by its keyed digest) per window. */
  RATE_LIMIT_PER_PHONE: z.coerce.number().int().positive().default(20),
  RATE_LIMIT_PHONE_WINDOW: window.default(3_600_000),
  /** Reverse proxies in front of intake whose X-Forwarded-For entries are trusted (0: use the socket address). */
  RATE_LIMIT_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
});
export type RateLimitEnv = z.infer<typeof rateLimitEnv>;

export interface RateLimitConfig {
  enabled: boolean;
  perIp: { limit: number; windowMs: number };
  perPhone: { limit: number; windowMs: number };
  trustedProxyHops: number;
}

export function rateLimitConfigFrom(env: RateLimitEnv): RateLimitConfig {
  return {
    enabled: env.RATE_LIMIT_ENABLED,
    perIp: { limit: env.RATE_LIMIT_PER_IP, windowMs: env.RATE_LIMIT_IP_WINDOW },
    perPhone: { limit: env.RATE_LIMIT_PER_PHONE, windowMs: env.RATE_LIMIT_PHONE_WINDOW },
    trustedProxyHops: env.RATE_LIMIT_TRUSTED_PROXY_HOPS,
  };
}
