import type { Logger } from '@nestjs/common';
import type { QueueName } from '@shangliang/contracts';
import type { PrismaClient, Tx } from '@shangliang/persistence';
import type { MessagePublisher } from './message-publisher';
import { describeError } from './outbox';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a consumer tells the ledger once it is done with a message. */
export interface MessageAcknowledger {
  acknowledge(messageId: string): Promise<void>;
}

/**
 * The consumers' side of the message ledger: a message whose handler succeeded (or refused it
 * for good) is marked delivered on its outbox row, so the reconciler knows it was not lost.
 * Jobs that are not outbox rows (ids that are no UUID) have nothing to mark.
 */
export class MessageReceipts implements MessageAcknowledger {
  constructor(private readonly prisma: PrismaClient) {}

  async acknowledge(messageId: string): Promise<void> {
    if (!UUID.test(messageId)) return;
    await this.prisma.$executeRaw`
      UPDATE messaging.outbox_messages SET delivered_at = now() WHERE id = ${messageId}::uuid AND delivered_at IS NULL`;
  }
}

export interface MessageReconcilerOptions {
  source: string;
  intervalMs: number;
  /** Published messages younger than this are left to their consumer. */
  graceMs: number;
  retentionDays: number;
  batchSize?: number;
}

export interface ReconcileReport {
  redriven: string[];
  acknowledged: number;
  prunedOutbox: number;
  prunedInbox: number;
}

interface PublishedRow {
  id: string;
  queue: QueueName;
  pattern: string;
  payload: unknown;
  published_at: Date;
}

/** Job states in which the consumer is already done with the message. */
const FINISHED = new Set(['completed', 'failed']);

/**
 * Heals what Redis lost. One instance per sender at a time (a transaction-scoped advisory lock)
 * looks at the sender's published messages that no consumer acknowledged within the grace
 * period: a message whose job is gone from Redis (a restart without persistence, a flush) is
 * published again under the same id — consumers are idempotent, so a re-drive is safe — and one
 * whose job finished but whose acknowledgement was lost is marked delivered. The same pass
 * deletes delivered outbox rows and the sender's inbox rows past the retention period.
 *
 * That covers every direction: a `problem.submitted` that never started its workflow and a
 * decision the workflow never received (the services' outbox rows), and a command the workflow
 * sent that no service applied (the worker's outbox rows).
 */
export class MessageReconciler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  /** Where the last pass stopped, so a long backlog is walked through rather than re-read. */
  private cursor: { publishedAt: Date; id: string } | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly publisher: MessagePublisher,
    private readonly options: MessageReconcilerOptions,
    private readonly logger?: Pick<Logger, 'log' | 'warn' | 'error'>,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (!this.running) {
        this.running = this.runOnce()
          .catch((error: unknown) => this.logger?.error(`reconciliation of ${this.options.source} failed: ${describeError(error)}`))
          .finally(() => {
            this.running = null;
          });
      }
    }, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass; null when Redis is away or another instance holds this sender's lock. */
  async runOnce(): Promise<ReconcileReport | null> {
    if (!this.publisher.connected) return null;
    const report = await this.prisma.$transaction(
      async (tx) => {
        const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(hashtext(${`shangliang.reconcile.${this.options.source}`})) AS locked`;
        if (!locked) return null;
        const { redriven, acknowledged } = await this.redriveLost(tx);
        const pruned = await this.prune(tx);
        return { redriven, acknowledged, ...pruned };
      },
      { maxWait: 10_000, timeout: Math.max(60_000, this.options.intervalMs) },
    );
    if (report && (report.redriven.length || report.acknowledged)) {
      const ids = report.redriven.slice(0, 50).join(', ');
      this.logger?.warn(
        `reconciled ${this.options.source}: re-drove ${report.redriven.length} lost message(s)${ids ? ` [${ids}${report.redriven.length > 50 ? ', …' : ''}]` : ''}, ` +
          `marked ${report.acknowledged} finished one(s) delivered`,
      );
    }
    if (report && (report.prunedOutbox || report.prunedInbox)) {
      this.logger?.log(`pruned ${report.prunedOutbox} delivered outbox row(s) and ${report.prunedInbox} inbox row(s) of ${this.options.source}`);
    }
    return report;
  }

  private async redriveLost(tx: Tx): Promise<{ redriven: string[]; acknowledged: number }> {
    const batch = this.options.batchSize ?? 500;
    const graceSeconds = this.options.graceMs / 1000;
    const after = this.cursor ?? { publishedAt: new Date(0), id: '00000000-0000-0000-0000-000000000000' };
    const rows = await tx.$queryRaw<PublishedRow[]>`
      SELECT id::text AS id, queue, pattern, payload, published_at FROM messaging.outbox_messages
      WHERE source = ${this.options.source} AND delivered_at IS NULL AND dead_at IS NULL AND published_at IS NOT NULL
        AND published_at < now() - make_interval(secs => ${graceSeconds})
        AND (published_at, id) > (${after.publishedAt}, ${after.id}::uuid)
      ORDER BY published_at, id
      LIMIT ${batch}`;
    this.cursor = rows.length === batch ? { publishedAt: rows[rows.length - 1].published_at, id: rows[rows.length - 1].id } : null;
    const states = await Promise.all(rows.map((row) => this.publisher.jobState(row.queue, row.id)));
    const redriven: string[] = [];
    const finished: string[] = [];
    for (const [index, row] of rows.entries()) {
      if (states[index] === 'unknown') {
        await this.publisher.publishRaw(row.queue, row.pattern, row.payload, row.id);
        redriven.push(row.id);
      } else if (FINISHED.has(states[index])) {
        finished.push(row.id);
      }
    }
    if (finished.length) await tx.outboxMessage.updateMany({ where: { id: { in: finished } }, data: { deliveredAt: new Date() } });
    return { redriven, acknowledged: finished.length };
  }

  /** Bounded deletes, so a first prune of a long history never holds the lock for long. */
  private async prune(tx: Tx): Promise<{ prunedOutbox: number; prunedInbox: number }> {
    const retentionSeconds = this.options.retentionDays * 86_400;
    const prunedOutbox = await tx.$executeRaw`
      DELETE FROM messaging.outbox_messages WHERE id IN (
        SELECT id FROM messaging.outbox_messages
        WHERE source = ${this.options.source} AND delivered_at < now() - make_interval(secs => ${retentionSeconds})
        LIMIT 5000)`;
    // Inbox consumers are named after their service ("intake.problem-progress").
    const prunedInbox = await tx.$executeRaw`
      DELETE FROM messaging.inbox_messages WHERE (consumer, message_id) IN (
        SELECT consumer, message_id FROM messaging.inbox_messages
        WHERE consumer LIKE ${`${this.options.source}.%`} AND processed_at < now() - make_interval(secs => ${retentionSeconds})
        LIMIT 5000)`;
    return { prunedOutbox, prunedInbox };
  }
}
