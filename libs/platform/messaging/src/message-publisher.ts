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
