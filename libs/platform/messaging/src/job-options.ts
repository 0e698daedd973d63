import type { JobsOptions } from 'bullmq';

/**
 * Every message job: retried with exponential backoff (about 17 minutes in all) and kept after
 * completion for a day, so a producer re-adding the same job id within that window is a no-op.
 * Consumers are idempotent on the message id beyond that window.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** BullMQ job ids cannot contain ':'. */
export function jobIdFrom(id: string): string {
  return id.replace(/:/g, '.');
}
