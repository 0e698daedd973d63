import { z } from 'zod';

/**
 * Deliveries a service makes to the outside world, queued so they are retried with backoff
 * until the receiver acknowledges them. Payloads carry ids only: the deliverer reads the rest
 * when it sends, so no personal data ever sits in Redis.
 */
export const HOTLINE_CALLBACK_JOBS = {
  /** Tell a hotline partner that the problem behind one of its work orders changed stage. */
  'status-callback.deliver': z.object({ callbackId: z.string().min(1).max(200) }),
} as const;
