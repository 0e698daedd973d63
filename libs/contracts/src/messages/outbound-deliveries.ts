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

/**
 * One notification to one recipient on one channel (a row of notifications.notification_deliveries),
 * sent by the notifications service with its retries. The row holds the rest; the address is
 * resolved at the moment of sending, so no contact ever sits in Redis.
 */
export const NOTIFICATION_DELIVERY_JOBS = {
  'notification.deliver': z.object({ deliveryId: z.uuid() }),
} as const;
