import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { MESSAGE_CATALOGUE } from '@shangliang/contracts';
import type { RedisConfig } from '@shangliang/config';
import { createRedisConnection, jobIdFrom, PermanentMessageError, REDIS_CONNECTION } from '@shangliang/messaging';
import { HOTLINE_CONFIG, type HotlineConfig } from './hotline.config';
import { DeliverStatusCallbackUseCase } from './deliver-status-callback.usecase';

const QUEUE = 'hotline-callbacks';
const PATTERN = 'status-callback.deliver';
const jobSchema = MESSAGE_CATALOGUE[QUEUE][PATTERN];
export const CALLBACK_REDIS = Symbol('CALLBACK_REDIS');

/**
 * The outbound queue of status callbacks. Intake's inbox transport serves one queue per app, so
 * this queue has its own BullMQ worker, started with the app and closed on shutdown (letting
 * the deliveries in flight finish). Jobs carry the callback id only; the job id is the callback
 * id too, so scheduling the same callback twice queues it once.
 */
@Injectable()
export class StatusCallbackQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StatusCallbackQueue.name);
  private readonly queue: Queue;
  private worker: Worker | null = null;
  private workerConnection: Redis | null = null;

  constructor(
    @Inject(REDIS_CONNECTION) connection: Redis,
    @Inject(CALLBACK_REDIS) private readonly redis: RedisConfig,
    @Inject(HOTLINE_CONFIG) private readonly config: HotlineConfig,
    private readonly deliver: DeliverStatusCallbackUseCase,
  ) {
    this.queue = new Queue(QUEUE, { connection, prefix: redis.prefix });
  }

  async enqueue(callbackIds: string[]): Promise<void> {
    if (!callbackIds.length) return;
    const { attempts, backoffMs } = this.config.callbacks;
    await this.queue.addBulk(
      callbackIds.map((callbackId) => ({
        name: PATTERN,
        data: jobSchema.parse({ callbackId }),
        opts: {
          jobId: jobIdFrom(callbackId),
          attempts,
          backoff: { type: 'exponential', delay: backoffMs },
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      })),
    );
  }

  onApplicationBootstrap(): void {
    // A blocking worker needs a connection of its own.
    this.workerConnection = createRedisConnection(this.redis, 'intake-hotline-callbacks');
    this.worker = new Worker(QUEUE, (job) => this.process(job), {
      connection: this.workerConnection,
      prefix: this.redis.prefix,
      concurrency: this.config.callbacks.concurrency,
    });
    this.worker.on('failed', (job, error) => this.logger.warn(`${job?.id} attempt ${job?.attemptsMade}: ${error.message}`));
    this.worker.on('error', (error) => this.logger.error(`callback worker: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await this.workerConnection?.quit().catch(() => undefined);
  }

  private async process(job: Job): Promise<void> {
    const parsed = jobSchema.safeParse(job.data);
    if (job.name !== PATTERN || !parsed.success) throw new UnrecoverableError(`invalid ${QUEUE} job ${job.id} (${job.name})`);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      await this.deliver.execute(parsed.data.callbackId, lastAttempt);
    } catch (error) {
      if (error instanceof PermanentMessageError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
