import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type PatternOf, type PayloadInputOf, type QueueName, schemaFor } from '@shangliang/contracts';
import { DEFAULT_JOB_OPTIONS, jobIdFrom } from './job-options';

/**
 * Puts messages on queues. Payloads are validated against the contract before they leave, so
 * a producer bug fails at the producer rather than as a poison job in someone else's queue.
 */
export class MessagePublisher {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
  ) {}

  async publish<Q extends QueueName, P extends PatternOf<Q>>(queue: Q, pattern: P, payload: PayloadInputOf<Q, P>, messageId: string): Promise<void> {
    await this.publishRaw(queue, pattern, payload, messageId);
  }

  /** For relays that carry already-validated payloads whose type is only known at run time. */
  async publishRaw(queue: QueueName, pattern: string, payload: unknown, messageId: string): Promise<void> {
    const schema = schemaFor(queue, pattern);
    if (!schema) throw new Error(`No message "${pattern}" on queue "${queue}"`);
    const data = schema.parse(payload);
    await this.queue(queue).add(pattern, data, { ...DEFAULT_JOB_OPTIONS, jobId: jobIdFrom(messageId) });
  }

  /**
   * Several messages for one queue in one Redis round trip (BullMQ `addBulk`), in order. All are
   * validated first, so a bad payload fails the call before anything is sent; a job id already
   * in the queue is ignored, as with `publishRaw`.
   */
  async publishRawBatch(queue: QueueName, messages: readonly { pattern: string; payload: unknown; messageId: string }[]): Promise<void> {
    const jobs = messages.map(({ pattern, payload, messageId }) => {
      const schema = schemaFor(queue, pattern);
      if (!schema) throw new Error(`No message "${pattern}" on queue "${queue}"`);
      return { name: pattern, data: schema.parse(payload), opts: { ...DEFAULT_JOB_OPTIONS, jobId: jobIdFrom(messageId) } };
    });
    if (jobs.length) await this.queue(queue).addBulk(jobs);
  }

  /** Where a message's job is in its queue; 'unknown' when Redis has no such job (any more). */
  async jobState(queue: QueueName, messageId: string): Promise<string> {
    return this.queue(queue).getJobState(jobIdFrom(messageId));
  }

  /**
   * Whether Redis answers now. Commands sent while it is away wait for it (the connections
   * retry forever), so callers that must not stall, or must not blame a message for an
   * outage, ask first.
   */
  get connected(): boolean {
    return this.connection.status === 'ready';
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }
}
