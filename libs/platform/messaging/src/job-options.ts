import type { JobsOptions } from 'bullmq';

/** The name of the backoff every message job uses; its strategy is `cappedBackoff`. */
export const CAPPED_BACKOFF = 'capped-exponential';
const FIRST_RETRY_MS = 1000;
const LONGEST_WAIT_MS = 60_000;

/**
 * Doubling waits (1 s, 2 s, 4 s …) capped at a minute: a consumer that is down for hours
 * (Postgres, Temporal) catches up within a minute of coming back, and nothing is dropped.
 */
export function cappedBackoff(attemptsMade: number): number {
  return Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attemptsMade - 1));
}

/**
 * Every message job. A transient failure is retried for as long as it takes (the attempts
 * allow about two months of outage at one try a minute); a message that can never succeed
 * fails at once as an UnrecoverableError (see PermanentMessageError). Completed jobs are kept
 * for a day, so a producer re-adding the same job id within that window is a no-op; consumers
 * are idempotent on the message id beyond it.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 100_000,
  backoff: { type: CAPPED_BACKOFF },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** BullMQ job ids cannot contain ':'. */
export function jobIdFrom(id: string): string {
  return id.replace(/:/g, '.');
}
