import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COUNCIL_CADENCE_TASK_QUEUE, PROBLEM_LIFECYCLE_TASK_QUEUE } from '@shangliang/contracts';
import { Outbox } from '@shangliang/messaging';
import { createCouncilCadenceActivities } from '../activities/council-cadence.activities';
import { createServiceCommandActivities } from '../activities/service-command.activities';
import { WORKER_CONFIG, type WorkerConfig } from '../worker.config';
import { connectTemporalWorker } from './temporal-connection';
import { bundleProblemWorkflows, bundleWorkflows } from './workflow-bundle';

/**
 * Runs the Temporal workers for as long as the app lives: problem workflows, and on a task queue
 * of their own the council's scheduled checks (cadence).
 */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection: NativeConnection | null = null;
  private workers: Worker[] = [];
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly outbox: Outbox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = await connectTemporalWorker(this.config.temporal);
    const workflowBundle = this.config.workflowBundlePath ? { codePath: this.config.workflowBundlePath } : await bundleProblemWorkflows();
    const problems = await Worker.create({
      connection: this.connection,
      namespace: this.config.temporal.namespace,
      taskQueue: PROBLEM_LIFECYCLE_TASK_QUEUE,
      workflowBundle,
      activities: createServiceCommandActivities(this.outbox),
      maxConcurrentActivityTaskExecutions: this.config.maxConcurrentActivities,
      maxCachedWorkflows: this.config.maxCachedWorkflows,
      // The SDK cannot run more tasks at once than it caches workflows (0: no cache).
      maxConcurrentWorkflowTaskExecutions: this.config.maxCachedWorkflows ? Math.min(this.config.maxConcurrentWorkflowTasks, this.config.maxCachedWorkflows) : this.config.maxConcurrentWorkflowTasks,
      workflowThreadPoolSize: this.config.workflowThreads,
    });
    // The build writes the cadence bundle beside the problem one; without it, bundle from source.
    const cadenceBundlePath = this.config.workflowBundlePath && join(dirname(this.config.workflowBundlePath), 'council-cadence.js');
    const cadence = await Worker.create({
      connection: this.connection,
      namespace: this.config.temporal.namespace,
      taskQueue: COUNCIL_CADENCE_TASK_QUEUE,
      workflowBundle: cadenceBundlePath && existsSync(cadenceBundlePath) ? { codePath: cadenceBundlePath } : await bundleWorkflows('council-cadence'),
      activities: createCouncilCadenceActivities(this.outbox),
      maxConcurrentActivityTaskExecutions: 4,
    });
    this.workers = [problems, cadence];
    this.running = Promise.all(this.workers.map((w) => w.run())).catch((error: unknown) => {
      this.logger.error(`Temporal worker stopped: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log(`Temporal worker polling ${PROBLEM_LIFECYCLE_TASK_QUEUE} and ${COUNCIL_CADENCE_TASK_QUEUE} on ${this.config.temporal.address}`);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const worker of this.workers) if (worker.getState() === 'RUNNING') worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}
