import { BaseRpcContext } from '@nestjs/microservices';
import type { Job } from 'bullmq';

/** What a message handler can learn about its job, via `@Ctx()`. */
export class BullMqContext extends BaseRpcContext<[Job]> {
  get job(): Job {
    return this.args[0];
  }

  /** The producer's message id (the job id), stable across redeliveries. */
  get messageId(): string {
    return this.job.id ?? `${this.job.queueName}-${this.job.name}-${this.job.timestamp}`;
  }
}
