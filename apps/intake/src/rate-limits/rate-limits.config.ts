import ms, { type StringValue } from 'ms';
import { z } from 'zod';
import { booleanFlag, ConfigError } from '@shangliang/config';
import { trustedProxyEnv } from '@shangliang/http';

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
}).extend(trustedProxyEnv.shape);
export type RateLimitEnv = z.infer<typeof rateLimitEnv>;

export interface RateLimitConfig {
  enabled: boolean;
  perIp: { limit: number; windowMs: number };
  perPhone: { limit: number; windowMs: number };
  trustedProxyHops: number;
  trustedProxies: string[];
}

/** Proxy hops without the proxies' addresses would silently count every resident as the proxy. */
export function rateLimitConfigFrom(env: RateLimitEnv): RateLimitConfig {
  if (env.RATE_LIMIT_TRUSTED_PROXY_HOPS > 0 && env.RATE_LIMIT_TRUSTED_PROXIES.length === 0) {
    throw new ConfigError(['RATE_LIMIT_TRUSTED_PROXIES: list the addresses of the proxies when RATE_LIMIT_TRUSTED_PROXY_HOPS > 0']);
  }
  return {
    enabled: env.RATE_LIMIT_ENABLED,
    perIp: { limit: env.RATE_LIMIT_PER_IP, windowMs: env.RATE_LIMIT_IP_WINDOW },
    perPhone: { limit: env.RATE_LIMIT_PER_PHONE, windowMs: env.RATE_LIMIT_PHONE_WINDOW },
    trustedProxyHops: env.RATE_LIMIT_TRUSTED_PROXY_HOPS,
    trustedProxies: env.RATE_LIMIT_TRUSTED_PROXIES,
  };
}
