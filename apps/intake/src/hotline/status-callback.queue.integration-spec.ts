import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { RedisConfig } from '@shangliang/config';
import type { DeliverStatusCallbackUseCase } from './deliver-status-callback.usecase';
import type { HotlineConfig } from './hotline.config';
import type { IntakeConfig } from '../intake.config';
import { StatusCallbackQueue } from './status-callback.queue';
import type { StatusCallbackRepository } from './status-callback.repository';

const redisConfig: RedisConfig = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6391), db: 0, tls: false, prefix: `callbacks-test-${randomUUID().slice(0, 8)}` };

describe('the status callback queue against real Redis', () => {
  const connection = new Redis({ host: redisConfig.host, port: redisConfig.port, maxRetriesPerRequest: null });
  const inspect = new Queue('hotline-callbacks', { connection, prefix: redisConfig.prefix });
  const queued = `cb-${randomUUID()}`;
  const lost = `cb-${randomUUID()}`;
  const callbacks = { pendingRecordedBefore: jest.fn(async () => [queued, lost]) };
  const queue = new StatusCallbackQueue(
    connection,
    redisConfig,
    { callbacks: { attempts: 3, backoffMs: 1000, concurrency: 1 } } as unknown as HotlineConfig,
    { messageLedger: { reconcile: { intervalMs: 60_000, graceMs: 0 } } } as Pick<IntakeConfig, 'messageLedger'>,
    {} as DeliverStatusCallbackUseCase,
    callbacks as unknown as StatusCallbackRepository,
  );

  afterAll(async () => {
    await inspect.obliterate({ force: true });
    await inspect.close();
    await queue.onApplicationShutdown();
    await connection.quit();
  });

  it('queues again the pending callbacks whose jobs Redis lost, and only those', async () => {
    await connection.ping();
    await queue.enqueue([queued]);

    expect(await queue.requeueLost()).toEqual([lost]);
    expect(await inspect.getJobState(lost)).toBe('waiting');
    expect(await queue.requeueLost()).toEqual([]);
  });
});
