import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import { CADENCE_CHECK_SCHEDULE_ID, CADENCE_CHECK_WORKFLOW, COUNCIL_CADENCE_TASK_QUEUE } from '@shangliang/contracts';
import { WORKER_CONFIG, type WorkerConfig } from '../worker.config';
import { TEMPORAL_CLIENT } from './temporal.tokens';

/**
 * The council's Temporal Schedules, created when the worker starts and brought up to the
 * configured spec if they exist (two workers starting together: one creates, the other updates).
 * Ops see and trigger them in the Temporal Web UI (Schedules).
 */
@Injectable()
export class CouncilSchedulesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CouncilSchedulesService.name);

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const spec = { cronExpressions: [this.config.cadenceCheckCron], timezone: 'Asia/Shanghai' };
    const options: ScheduleOptions = {
      scheduleId: CADENCE_CHECK_SCHEDULE_ID,
      spec,
      action: { type: 'startWorkflow', workflowType: CADENCE_CHECK_WORKFLOW, taskQueue: COUNCIL_CADENCE_TASK_QUEUE, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      memo: { purpose: 'daily cadence check: who is behind the cadence rule this calendar period' },
    };
    try {
      await this.client.schedule.create(options);
      this.logger.log(`schedule ${CADENCE_CHECK_SCHEDULE_ID} created (${this.config.cadenceCheckCron}, Asia/Shanghai)`);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      await this.client.schedule.getHandle(CADENCE_CHECK_SCHEDULE_ID).update((previous) => ({ ...previous, spec }));
    }
  }
}
