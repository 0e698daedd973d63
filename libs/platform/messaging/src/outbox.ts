import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from '@nestjs/common';
import { type PatternOf, type PayloadInputOf, type QueueName, schemaFor } from '@shangliang/contracts';
import type { PrismaClient, Tx } from '@shangliang/persistence';
import type { MessagePublisher } from './message-publisher';

/**
 * A validated outbox row; the payload is parsed against the contract before it is written. For
 * writers that insert the row in a statement of their own (intake's one-statement submission).
 */
export function outboxRow<Q extends QueueName, P extends PatternOf<Q>>(source: string, queue: Q, pattern: P, payload: PayloadInputOf<Q, P>, id: string) {
  const schema = schemaFor(queue, pattern);
  if (!schema) throw new Error(`No message "${pattern}" on queue "${queue}"`);
  return { id, source, queue, pattern, payload: schema.parse(payload) as object };
}

/**
 * Adds a message to the outbox inside the caller's transaction: it is published if and only if
 * the transaction commits. Returns the message id, which becomes the BullMQ job id.
 */
export async function writeOutbox<Q extends QueueName, P extends PatternOf<Q>>(
  tx: Tx,
  source: string,
  queue: Q,
  pattern: P,
  payload: PayloadInputOf<Q, P>,
  id: string = randomUUID(),
): Promise<string> {
  await insertOutboxRow(tx, outboxRow(source, queue, pattern, payload, id), false);
  return id;
}

/**
 * Adds a message with a caller-chosen id outside any transaction, once: writing the same id
 * again does nothing. For senders whose own state lives elsewhere (the worker's commands, whose
 * workflow history is their transaction) and who may retry the write.
 */
export async function writeOutboxOnce<Q extends QueueName, P extends PatternOf<Q>>(
  prisma: PrismaClient,
  source: string,
  queue: Q,
  pattern: P,
  payload: PayloadInputOf<Q, P>,
  id: string,
): Promise<void> {
  await insertOutboxRow(prisma, outboxRow(source, queue, pattern, payload, id), true);
}

/**
 * One row, in plain SQL: every command and event of the system passes here, and a model write
 * costs Prisma a query compilation on the event loop each time (no plan cache in Prisma 6).
 */
async function insertOutboxRow(db: Tx | PrismaClient, row: ReturnType<typeof outboxRow>, once: boolean): Promise<void> {
  const payload = JSON.stringify(row.payload);
  if (once) {
    await db.$executeRaw`INSERT INTO messaging.outbox_messages (id, source, queue, pattern, payload)
      VALUES (${row.id}::uuid, ${row.source}, ${row.queue}, ${row.pattern}, ${payload}::jsonb) ON CONFLICT (id) DO NOTHING`;
  } else {
    await db.$executeRaw`INSERT INTO messaging.outbox_messages (id, source, queue, pattern, payload)
      VALUES (${row.id}::uuid, ${row.source}, ${row.queue}, ${row.pattern}, ${payload}::jsonb)`;
  }
}

/** A UUID derived from a name (the outbox is keyed by UUID), for messages that must be sent once. */
export function stableUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** How a row that fails to publish is retried before it is dead-lettered. */
export interface OutboxRetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_OUTBOX_RETRY: OutboxRetryPolicy = { maxAttempts: 10, baseMs: 1_000, maxMs: 300_000 };

/** The wait after the `attempts`-th failed publish: doubling from `baseMs`, capped at `maxMs`. */
export function outboxRetryDelayMs(attempts: number, policy: OutboxRetryPolicy): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

interface OutboxRow {
  id: string;
  queue: QueueName;
  pattern: string;
  payload: unknown;
  attempts: number;
}

export interface OutboxRelayOptions {
  source: string;
  /** How long a claimed row stays reserved for this relay while it publishes. */
  leaseSeconds?: number;
  intervalMs?: number;
  batchSize?: number;
  retry?: OutboxRetryPolicy;
}

/**
 * Publishes a service's committed outbox messages. Several relays may run (one per instance):
 * rows are leased with `FOR UPDATE SKIP LOCKED`, and a crash between publishing and marking
 * only re-publishes the same job id, which BullMQ ignores and consumers dedupe anyway. A row
 * that fails to publish waits with a doubling backoff and, after `retry.maxAttempts`, becomes a
 * dead letter (`dead_at`) until an admin re-drives it, so one poison row never starves the rows
 * behind it. A Redis outage is not the rows' fault: the pass stops without counting attempts.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly publisher: MessagePublisher,
    private readonly options: OutboxRelayOptions,
    private readonly logger?: Pick<Logger, 'warn' | 'error'>,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Ask for a pass now (after a commit), instead of at the next tick. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainLoop().finally(() => {
      this.draining = null;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.draining;
  }

  /**
   * One pass; returns how many messages were published. Rows are claimed with a short lease in
   * one statement (no transaction stays open while Redis is called), published in the order
   * they were written, then marked. A relay that dies mid-pass leaves leases that expire, and
   * the rows are published again under the same job ids, which BullMQ ignores.
   */
  async drainOnce(): Promise<number> {
    const leaseSeconds = this.options.leaseSeconds ?? 30;
    const rows = await this.prisma.$queryRaw<(OutboxRow & { created_at: Date })[]>`
      UPDATE messaging.outbox_messages SET claimed_until = now() + make_interval(secs => ${leaseSeconds})
      WHERE id IN (
        SELECT id FROM messaging.outbox_messages
        WHERE source = ${this.options.source} AND published_at IS NULL AND delivered_at IS NULL AND dead_at IS NULL
          AND (next_attempt_at IS NULL OR next_attempt_at <= now())
          AND (claimed_until IS NULL OR claimed_until < now())
        ORDER BY created_at
        LIMIT ${this.options.batchSize ?? 200}
        FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS id, queue, pattern, payload, attempts, created_at`;
    rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
    const published: string[] = [];
    // One round trip per queue (in written order within it); only when a batch fails are its
    // rows published one by one, so the failing row is found and backs off alone.
    const queues = [...new Set(rows.map((row) => row.queue))];
    for (const [queueIndex, queue] of queues.entries()) {
      const batch = rows.filter((row) => row.queue === queue);
      try {
        await this.publisher.publishRawBatch(queue, batch.map((row) => ({ pattern: row.pattern, payload: row.payload, messageId: row.id })));
        published.push(...batch.map((row) => row.id));
        continue;
      } catch (error) {
        if (!this.publisher.connected) {
          await this.pause(rows.filter((row) => queues.indexOf(row.queue) >= queueIndex), error);
          break;
        }
      }
      const paused = await this.publishOneByOne(batch, published);
      if (paused) {
        await this.release(rows.filter((row) => queues.indexOf(row.queue) > queueIndex).map((row) => row.id));
        break;
      }
    }
    if (published.length) {
      await this.prisma.$executeRaw`
        UPDATE messaging.outbox_messages SET published_at = now(), claimed_until = NULL WHERE id = ANY(${published}::uuid[])`;
    }
    return published.length;
  }

  /** Publishes rows singly, recording each failure; true when Redis went away (the rest are released). */
  private async publishOneByOne(rows: OutboxRow[], published: string[]): Promise<boolean> {
    for (const [index, row] of rows.entries()) {
      try {
        await this.publisher.publishRaw(row.queue, row.pattern, row.payload, row.id);
        published.push(row.id);
      } catch (error) {
        if (!this.publisher.connected) {
          await this.pause(rows.slice(index), error);
          return true;
        }
        await this.recordFailure(row, describeError(error));
      }
    }
    return false;
  }

  /** Redis is away: not the rows' fault, so they are released without counting an attempt. */
  private async pause(rows: OutboxRow[], error: unknown): Promise<void> {
    await this.release(rows.map((row) => row.id));
    this.logger?.warn(`outbox relay paused: Redis is unavailable (${describeError(error)})`);
  }

  /** The row waits out its backoff, or becomes a dead letter once it has failed too often. */
  private async recordFailure(row: OutboxRow, message: string): Promise<void> {
    const policy = this.options.retry ?? DEFAULT_OUTBOX_RETRY;
    const attempts = row.attempts + 1;
    const dead = attempts >= policy.maxAttempts;
    const waitSeconds = outboxRetryDelayMs(attempts, policy) / 1000;
    await this.prisma.$executeRaw`
      UPDATE messaging.outbox_messages
      SET attempts = ${attempts}, last_error = ${message.slice(0, 500)}, claimed_until = NULL,
          next_attempt_at = now() + make_interval(secs => ${waitSeconds}),
          dead_at = CASE WHEN ${dead} THEN now() ELSE NULL END
      WHERE id = ${row.id}::uuid`;
    if (dead) this.logger?.error(`outbox ${row.id} (${row.queue}/${row.pattern}) dead-lettered after ${attempts} attempts: ${message}`);
    else this.logger?.warn(`outbox ${row.id} (${row.pattern}) not published (attempt ${attempts}, next in ${waitSeconds} s): ${message}`);
  }

  private async release(ids: string[]): Promise<void> {
    if (ids.length) await this.prisma.outboxMessage.updateMany({ where: { id: { in: ids } }, data: { claimedUntil: null } });
  }

  private async drainLoop(): Promise<void> {
    do {
      this.again = false;
      try {
        while ((await this.drainOnce()) > 0 && !this.stopped) {
          /* keep draining while there is a backlog */
        }
      } catch (error) {
        this.logger?.error(`outbox relay pass failed: ${describeError(error)}`);
      }
    } while (this.again && !this.stopped);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.kick();
      this.schedule();
    }, this.options.intervalMs ?? 500);
    this.timer.unref();
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
