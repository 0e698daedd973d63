import { z } from 'zod';
import { logEnv, messageLedgerConfigFrom, messagingEnv, redisConfigFrom, redisEnv, temporalConfigFrom, temporalEnv } from '@shangliang/config';
import { databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';

// The worker's database access is the messaging schema only: its commands to the services are
// outbox rows, so a command Redis loses is still on the ledger and is re-driven.
export const workerEnv = databaseConfigSchema
  .extend(redisEnv.shape)
  .extend(messagingEnv.shape)
  .extend(temporalEnv.shape)
  .extend(logEnv.shape)
  .extend({
  /** Time limits per category and urgency (JSON; see infra/config/deadlines.json). */
  DEADLINE_POLICY_FILE: z.string().min(1).default('infra/config/deadlines.json'),
  /** The workflow bundle built by `npm run build`; without it the worker bundles from source. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  WORKER_MAX_CONCURRENT_ACTIVITIES: z.coerce.number().int().positive().default(100),
  /**
   * Problem workflows kept in the worker's memory between their steps (the sticky cache). A
   * timer that fires for a workflow no longer cached replays its history instead, so this bounds
   * the worker's memory whatever the number of open problems. The SDK's default follows the heap
   * limit (≈2,300 on a 4 GiB heap); see the README's Configuration section for the figures.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(1000),
  /** Workflow tasks (a step of a problem's workflow) the worker runs at once. */
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).default(40),
  /**
   * Threads that run workflow code (each with its own V8 context; workflows are spread over
   * them). Every activation of every workflow passes through one of them: with one, a worker on
   * a busy machine queues workflow tasks behind a single thread (the SDK's default with a reused
   * context) while the rest of its process waits.
   */
  WORKER_WORKFLOW_THREADS: z.coerce.number().int().min(1).max(16).default(2),
  /** When the daily cadence check runs (cron, Beijing time): 07:30 by default, before the working day. */
  CADENCE_CHECK_CRON: z.string().min(9).max(100).default('30 7 * * *'),
});

export function workerConfigFrom(env: z.infer<typeof workerEnv>) {
  return {
    database: databaseConfigFrom(env),
    redis: redisConfigFrom(env),
    messageLedger: messageLedgerConfigFrom(env),
    temporal: temporalConfigFrom(env),
    logLevel: env.LOG_LEVEL,
    deadlinePolicyFile: env.DEADLINE_POLICY_FILE,
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH,
    maxConcurrentActivities: env.WORKER_MAX_CONCURRENT_ACTIVITIES,
    maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTasks: env.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    workflowThreads: env.WORKER_WORKFLOW_THREADS,
    cadenceCheckCron: env.CADENCE_CHECK_CRON,
  };
}
export type WorkerConfig = ReturnType<typeof workerConfigFrom>;
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
