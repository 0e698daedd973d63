import { z } from 'zod';

/**
 * The message ledger of every process that sends messages (the services' outboxes, the worker's
 * commands): how a failing outbox row backs off before it is dead-lettered, how often the
 * reconciler looks for messages Redis lost, and how long delivered messages are kept.
 */
export const messagingEnv = z.object({
  /** Publishing attempts of one outbox row before it moves to the dead letters. */
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  /** First wait after a failed publish; it doubles on every failure up to OUTBOX_RETRY_MAX_MS. */
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().positive().default(1_000),
  OUTBOX_RETRY_MAX_MS: z.coerce.number().int().positive().default(300_000),
  /** How often one instance per sender reconciles (re-drives lost messages) and prunes. */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  /** A published message counts as lost only once it is this old and still unacknowledged. */
  RECONCILE_GRACE_MS: z.coerce.number().int().min(0).default(60_000),
  /** Delivered outbox rows and inbox rows older than this are deleted. */
  MESSAGE_RETENTION_DAYS: z.coerce.number().positive().default(14),
});
export type MessagingEnv = z.infer<typeof messagingEnv>;

export interface MessageLedgerConfig {
  outbox: { maxAttempts: number; retryBaseMs: number; retryMaxMs: number };
  reconcile: { intervalMs: number; graceMs: number };
  retentionDays: number;
}

export function messageLedgerConfigFrom(env: MessagingEnv): MessageLedgerConfig {
  return {
    outbox: { maxAttempts: env.OUTBOX_MAX_ATTEMPTS, retryBaseMs: env.OUTBOX_RETRY_BASE_MS, retryMaxMs: env.OUTBOX_RETRY_MAX_MS },
    reconcile: { intervalMs: env.RECONCILE_INTERVAL_MS, graceMs: env.RECONCILE_GRACE_MS },
    retentionDays: env.MESSAGE_RETENTION_DAYS,
  };
}
