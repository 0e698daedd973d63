import { CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { lastValueFrom } from 'rxjs';
import type { Redis } from 'ioredis';
import { patternsOf, type QueueName, schemaFor } from '@shangliang/contracts';
import { BullMqContext } from './bullmq.context';
import { cappedBackoff } from './job-options';
import type { MessageAcknowledger } from './message-ledger';
import { PermanentMessageError } from './message-errors';

export interface BullMqTransportOptions {
  queue: QueueName;
  connection: Redis;
  prefix: string;
  concurrency?: number;
}

/**
 * A Nest microservice transport over one BullMQ queue: each job's name is a message pattern and
 * its data the payload, dispatched to the `@EventPattern` handler for that pattern. The payload
 * is validated against the contract before the handler sees it. A handler that throws
 * `PermanentMessageError` (or gets an invalid payload) fails the job for good; any other error
 * is retried with the job's backoff.
 */
export class BullMqTransport extends Server implements CustomTransportStrategy {
  private worker: Worker | null = null;
  private receipts: MessageAcknowledger | null = null;

  constructor(private readonly options: BullMqTransportOptions) {
    super();
  }

  /**
   * Acknowledge each message the handlers are done with (applied, or refused for good) on the
   * message ledger, so the reconciler can tell a message Redis lost from one that was delivered.
   * Set before `listen`, once the app's database client exists.
   */
  acknowledgeWith(receipts: MessageAcknowledger): void {
    this.receipts = receipts;
  }

  listen(callback: (error?: unknown) => void): void {
    try {
      this.assertEveryPatternHasOneHandler();
      this.worker = new Worker(this.options.queue, (job) => this.process(job), {
        connection: this.options.connection,
        prefix: this.options.prefix,
        concurrency: this.options.concurrency ?? 16,
        settings: { backoffStrategy: cappedBackoff },
      });
      this.worker.on('failed', (job, error) => {
        this.logger.warn?.(`${this.options.queue}/${job?.name} job ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`);
      });
      this.worker.on('error', (error) => this.logger.error(`${this.options.queue} worker: ${error.message}`));
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /**
   * Stops taking jobs, lets the running ones finish, then quits the inbox connection: BullMQ
   * closes only the connections it made itself, and the transport was given this one to own.
   */
  async close(): Promise<void> {
    try {
      await this.worker?.close();
      this.worker = null;
    } finally {
      await quitWithin(this.options.connection, QUIT_TIMEOUT_MS);
    }
  }

  on(): never {
    throw new Error('BullMqTransport does not emit events');
  }

  unwrap<T>(): T {
    return this.worker as T;
  }

  private async process(job: Job): Promise<void> {
    try {
      await this.dispatch(job);
    } catch (error) {
      if (error instanceof UnrecoverableError) await this.acknowledge(job);
      throw error;
    }
    await this.acknowledge(job);
  }

  private async dispatch(job: Job): Promise<void> {
    const handler = this.getHandlerByPattern(job.name);
    const schema = schemaFor(this.options.queue, job.name);
    if (!handler || !schema) throw new UnrecoverableError(`No handler for "${job.name}" on ${this.options.queue}`);
    const parsed = schema.safeParse(job.data);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ');
      throw new UnrecoverableError(`Invalid "${job.name}" payload (fields: ${fields})`);
    }
    try {
      const result = await handler(parsed.data, new BullMqContext([job]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    } catch (error) {
      if (error instanceof PermanentMessageError) throw new UnrecoverableError(error.message);
      throw error instanceof Error ? error : new Error(describe(error));
    }
  }

  /**
   * A receipt that cannot be written (the database is briefly away) must not undo the work:
   * the reconciler later finds the job finished in Redis and marks the message delivered.
   */
  private async acknowledge(job: Job): Promise<void> {
    if (!this.receipts || !job.id) return;
    try {
      await this.receipts.acknowledge(job.id);
    } catch (error) {
      this.logger.warn?.(`${this.options.queue}/${job.name} job ${job.id}: receipt not recorded (${describe(error)})`);
    }
  }

  /** Startup fails when a pattern of this queue has no handler, or two. */
  private assertEveryPatternHasOneHandler(): void {
    const expected = new Set(patternsOf(this.options.queue));
    const problems: string[] = [];
    for (const pattern of expected) {
      const handler = this.messageHandlers.get(pattern) as (MessageHandler & { next?: unknown }) | undefined;
      if (!handler) problems.push(`no handler for "${pattern}"`);
      else if (handler.next) problems.push(`more than one handler for "${pattern}"`);
    }
    for (const pattern of this.messageHandlers.keys()) {
      if (!expected.has(pattern)) problems.push(`handler for unknown pattern "${pattern}"`);
    }
    if (problems.length) throw new Error(`Queue ${this.options.queue}: ${problems.join('; ')}`);
  }
}

/** How long a clean QUIT may take before the connection is simply dropped. */
const QUIT_TIMEOUT_MS = 2_000;

/**
 * QUIT waits for pending replies and resolves before the socket has closed, so we wait for the
 * connection's `end`; a Redis that is down would hold QUIT forever, so after `timeoutMs` the
 * connection is simply dropped.
 */
async function quitWithin(connection: Redis, timeoutMs: number): Promise<void> {
  if (connection.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  const ended = new Promise<void>((resolve) => {
    connection.once('end', resolve);
    timer = setTimeout(() => {
      connection.disconnect();
      resolve();
    }, timeoutMs);
  });
  // Refused only when the connection is already closing, which ends it as well.
  void connection.quit().catch(() => connection.disconnect());
  await ended;
  clearTimeout(timer);
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
