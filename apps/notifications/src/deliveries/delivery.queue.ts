import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DelayedError, type Job, Queue, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { MESSAGE_CATALOGUE } from '@shangliang/contracts';
import { REDIS_CONNECTION, startOutboundWorker } from '@shangliang/messaging';
import { PermanentDeliveryError } from '../channels/notification-channel';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';
import { DeliveryRepository } from './delivery.repository';
import { NotificationClock } from './notification-clock';
import { SendDeliveryUseCase } from './send-delivery.usecase';

const QUEUE = 'notification-deliveries';
const PATTERN = 'notification.deliver';
const jobSchema = MESSAGE_CATALOGUE[QUEUE][PATTERN];

/**
 * The outbound queue: one job per delivery row (payload: its id only), so a channel that fails
 * (SMTP down) retries on its own backoff and never holds up the others. The job id is the
 * delivery id, so queueing a delivery twice queues it once; an admin's resend gets a new job id.
 * A text due in quiet hours is a delayed job. A sweep re-queues pending deliveries whose job
 * Redis lost (a restart without persistence, a crash between commit and queueing).
 */
@Injectable()
export class DeliveryQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryQueue.name);
  private readonly queue: Queue;
  private worker: { close(): Promise<void> } | null = null;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly connection: Redis,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'redis' | 'deliveries' | 'messageLedger'>,
    private readonly send: SendDeliveryUseCase,
    private readonly deliveries: DeliveryRepository,
    private readonly clock: NotificationClock,
  ) {
    this.queue = new Queue(QUEUE, { connection, prefix: config.redis.prefix });
  }

  async enqueue(deliveries: { id: string; notBefore: Date | null }[], jobSuffix = ''): Promise<void> {
    if (!deliveries.length) return;
    const { attempts, backoffMs } = this.config.deliveries;
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      deliveries.map((d) => ({
        name: PATTERN,
        data: jobSchema.parse({ deliveryId: d.id }),
        opts: {
          jobId: `${d.id}${jobSuffix}`,
          attempts,
          backoff: { type: 'exponential', delay: backoffMs },
          delay: d.notBefore ? Math.max(0, d.notBefore.getTime() - now) : undefined,
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      })),
    );
  }

  onApplicationBootstrap(): void {
    this.worker = startOutboundWorker({
      queue: QUEUE,
      redis: this.config.redis,
      connectionName: 'notifications-deliveries',
      concurrency: this.config.deliveries.concurrency,
      process: (job, token) => this.process(job, token),
      sweep: { intervalMs: this.config.messageLedger.reconcile.intervalMs, run: () => this.requeueLost(), what: 'delivery sweep' },
      logger: this.logger,
    });
  }

  /** Pending deliveries past the grace period whose job is gone are queued again (same id). */
  async requeueLost(): Promise<string[]> {
    if (this.connection.status !== 'ready') return [];
    const pending = await this.deliveries.pendingBefore(new Date(Date.now() - this.config.messageLedger.reconcile.graceMs), 500);
    const states = await Promise.all(pending.map((d) => this.queue.getJobState(d.id)));
    const lost = pending.filter((_, i) => states[i] === 'unknown' || states[i] === 'completed' || states[i] === 'failed');
    if (lost.length) {
      // A finished job under the same id would make re-adding a no-op: re-queue under a new id.
      await this.enqueue(lost, `.r${Date.now()}`);
      this.logger.warn(`re-queued ${lost.length} notification deliveries without a live job: ${lost.slice(0, 20).map((d) => d.id).join(', ')}`);
    }
    return lost.map((d) => d.id);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  private async process(job: Job, token?: string): Promise<void> {
    const parsed = jobSchema.safeParse(job.data);
    if (job.name !== PATTERN || !parsed.success) throw new UnrecoverableError(`invalid ${QUEUE} job ${job.id} (${job.name})`);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const outcome = await this.send.execute(parsed.data.deliveryId, lastAttempt);
      if (!outcome.done) {
        await job.moveToDelayed(Date.now() + outcome.retryInMs, token);
        throw new DelayedError();
      }
    } catch (error) {
      if (error instanceof PermanentDeliveryError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
