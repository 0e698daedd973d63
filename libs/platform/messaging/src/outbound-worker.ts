import type { Logger } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RedisConfig } from '@shangliang/config';
import { createRedisConnection } from './redis-connection';

export interface OutboundWorkerOptions {
  queue: string;
  redis: RedisConfig;
  /** Names the worker's own Redis connection. */
  connectionName: string;
  concurrency: number;
  process: (job: Job, token?: string) => Promise<void>;
  /** A periodic pass that re-queues what Redis lost; one pass at a time. */
  sweep: { intervalMs: number; run: () => Promise<unknown>; what: string };
  logger: Logger;
}

/**
 * The worker of an outbound queue (status callbacks, notification deliveries): a service's inbox
 * transport serves one queue per app, so each outbound queue has a BullMQ worker of its own on
 * its own blocking connection, and a sweep that re-queues rows whose job Redis lost. `close`
 * stops the sweep, lets the jobs in flight finish and quits the connection.
 */
export function startOutboundWorker(options: OutboundWorkerOptions): { close(): Promise<void> } {
  const connection: Redis = createRedisConnection(options.redis, options.connectionName);
  const worker = new Worker(options.queue, options.process, { connection, prefix: options.redis.prefix, concurrency: options.concurrency });
  worker.on('failed', (job, error) => options.logger.warn(`${job?.id} attempt ${job?.attemptsMade}: ${error.message}`));
  worker.on('error', (error) => options.logger.error(`${options.queue} worker: ${error.message}`));
  let sweeping: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    sweeping ??= options.sweep
      .run()
      .catch((error: unknown) => options.logger.error(`${options.sweep.what} failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        sweeping = null;
      });
  }, options.sweep.intervalMs);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      await sweeping;
      await worker.close();
      await connection.quit().catch(() => undefined);
    },
  };
}
