import { randomUUID } from 'node:crypto';
import type { Logger } from '@nestjs/common';
import { type PatternOf, type PayloadInputOf, type QueueName, schemaFor } from '@shangliang/contracts';
import type { PrismaClient, Tx } from '@shangliang/persistence';
import type { MessagePublisher } from './message-publisher';

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
  const schema = schemaFor(queue, pattern);
  if (!schema) throw new Error(`No message "${pattern}" on queue "${queue}"`);
  const data = schema.parse(payload) as object;
  await tx.outboxMessage.create({ data: { id, source, queue, pattern, payload: data } });
  return id;
}

interface OutboxRow {
  id: string;
  queue: QueueName;
  pattern: string;
  payload: unknown;
}

export interface OutboxRelayOptions {
  source: string;
  /** How long a claimed row stays reserved for this relay while it publishes. */
  leaseSeconds?: number;
  intervalMs?: number;
  batchSize?: number;
}

/**
 * Publishes a service's committed outbox messages. Several relays may run (one per instance):
 * rows are leased with `FOR UPDATE SKIP LOCKED`, and a crash between publishing and marking
 * only re-publishes the same job id, which BullMQ ignores and consumers dedupe anyway.
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
        WHERE source = ${this.options.source} AND published_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
        ORDER BY created_at
        LIMIT ${this.options.batchSize ?? 200}
        FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS id, queue, pattern, payload, created_at`;
    rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
    const published: string[] = [];
    for (const row of rows) {
      try {
        await this.publisher.publishRaw(row.queue, row.pattern, row.payload, row.id);
        published.push(row.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger?.warn(`outbox ${row.id} (${row.pattern}) not published: ${message}`);
        await this.prisma.outboxMessage.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 500), claimedUntil: null } });
      }
    }
    if (published.length) {
      await this.prisma.outboxMessage.updateMany({ where: { id: { in: published } }, data: { publishedAt: new Date(), claimedUntil: null } });
    }
    return published.length;
  }

  private async drainLoop(): Promise<void> {
    do {
      this.again = false;
      try {
        while ((await this.drainOnce()) > 0 && !this.stopped) {
          /* keep draining while there is a backlog */
        }
      } catch (error) {
        this.logger?.error(`outbox relay pass failed: ${error instanceof Error ? error.message : String(error)}`);
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
