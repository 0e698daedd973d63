import { z } from 'zod';

/**
 * Hotline partners: how far a signed request's clock may drift, and how status callbacks are
 * retried (exponential backoff from `HOTLINE_CALLBACK_BACKOFF_MS`; 15 attempts from 2 s span
 * about 18 hours before a callback is given up as failed).
 */
export const hotlineEnv = z.object({
  HOTLINE_SIGNATURE_TOLERANCE_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  HOTLINE_CALLBACK_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(15),
  HOTLINE_CALLBACK_BACKOFF_MS: z.coerce.number().int().min(100).default(2000),
  HOTLINE_CALLBACK_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  HOTLINE_CALLBACK_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
});
export type HotlineEnv = z.infer<typeof hotlineEnv>;

export interface HotlineConfig {
  signatureToleranceSeconds: number;
  callbacks: { attempts: number; backoffMs: number; timeoutMs: number; concurrency: number };
}

export function hotlineConfigFrom(env: HotlineEnv): HotlineConfig {
  return {
    signatureToleranceSeconds: env.HOTLINE_SIGNATURE_TOLERANCE_SECONDS,
    callbacks: {
      attempts: env.HOTLINE_CALLBACK_ATTEMPTS,
      backoffMs: env.HOTLINE_CALLBACK_BACKOFF_MS,
      timeoutMs: env.HOTLINE_CALLBACK_TIMEOUT_MS,
      concurrency: env.HOTLINE_CALLBACK_CONCURRENCY,
    },
  };
}
export const HOTLINE_CONFIG = Symbol('HOTLINE_CONFIG');
