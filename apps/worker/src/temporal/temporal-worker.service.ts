import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { PROBLEM_LIFECYCLE_TASK_QUEUE } from '@shangliang/contracts';
import { Outbox } from '@shangliang/messaging';
import { createServiceCommandActivities } from '../activities/service-command.activities';
import { WORKER_CONFIG, type WorkerConfig } from '../worker.config';
import { connectTemporalWorker } from './temporal-connection';
import { bundleProblemWorkflows } from './workflow-bundle';

/** Runs the Temporal worker for problem workflows for as long as the app lives. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection: NativeConnection | null = null;
  private worker: Worker | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly outbox: Outbox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = await connectTemporalWorker(this.config.temporal);
    const workflowBundle = this.config.workflowBundlePath ? { codePath: this.config.workflowBundlePath } : await bundleProblemWorkflows();
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.config.temporal.namespace,
      taskQueue: PROBLEM_LIFECYCLE_TASK_QUEUE,
      workflowBundle,
      activities: createServiceCommandActivities(this.outbox),
      maxConcurrentActivityTaskExecutions: this.config.maxConcurrentActivities,
    });
    this.running = this.worker.run().catch((error: unknown) => {
      this.logger.error(`Temporal worker stopped: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log(`Temporal worker polling ${PROBLEM_LIFECYCLE_TASK_QUEUE} on ${this.config.temporal.address}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}
