import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Queue, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { MESSAGE_CATALOGUE } from '@shangliang/contracts';
import type { RedisConfig } from '@shangliang/config';
import { jobIdFrom, PermanentMessageError, REDIS_CONNECTION, startOutboundWorker } from '@shangliang/messaging';
import { INTAKE_CONFIG, type IntakeConfig } from '../intake.config';
import { HOTLINE_CONFIG, type HotlineConfig } from './hotline.config';
import { StatusCallbackRepository } from './status-callback.repository';
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
  private worker: { close(): Promise<void> } | null = null;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly connection: Redis,
    @Inject(CALLBACK_REDIS) private readonly redis: RedisConfig,
    @Inject(HOTLINE_CONFIG) private readonly config: HotlineConfig,
    @Inject(INTAKE_CONFIG) private readonly intake: Pick<IntakeConfig, 'messageLedger'>,
    private readonly deliver: DeliverStatusCallbackUseCase,
    private readonly callbacks: StatusCallbackRepository,
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
    this.worker = startOutboundWorker({
      queue: QUEUE,
      redis: this.redis,
      connectionName: 'intake-hotline-callbacks',
      concurrency: this.config.callbacks.concurrency,
      process: (job) => this.process(job),
      sweep: { intervalMs: this.intake.messageLedger.reconcile.intervalMs, run: () => this.requeueLost(), what: 'callback sweep' },
      logger: this.logger,
    });
  }

  /**
   * The callbacks' own reconciliation: a callback still pending after the grace period whose job
   * Redis no longer has (a restart without persistence) is queued again under the same id, so
   * it is delivered rather than left pending for ever. Re-queueing is idempotent, so every
   * instance may sweep. Returns the ids re-queued.
   */
  async requeueLost(): Promise<string[]> {
    if (this.connection.status !== 'ready') return [];
    const before = new Date(Date.now() - this.intake.messageLedger.reconcile.graceMs);
    const pending = await this.callbacks.pendingRecordedBefore(before, 1000);
    const states = await Promise.all(pending.map((id) => this.queue.getJobState(jobIdFrom(id))));
    const lost = pending.filter((_, i) => states[i] === 'unknown');
    if (lost.length) {
      await this.enqueue(lost);
      this.logger.warn(`re-queued ${lost.length} status callback(s) Redis lost: ${lost.slice(0, 20).join(', ')}${lost.length > 20 ? ', …' : ''}`);
    }
    return lost;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
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
