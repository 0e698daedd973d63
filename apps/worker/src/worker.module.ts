import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Client } from '@temporalio/client';
import { loadConfig } from '@shangliang/config';
import { loggerParams } from '@shangliang/http';
import { MessagingModule } from '@shangliang/messaging';
import { WorkCalendarSource } from '@shangliang/organisation';
import { PrismaModule } from '@shangliang/persistence';
import { WorkflowEventsController } from './gateway/workflow-events.controller';
import { ProblemWorkflowsService } from './gateway/problem-workflows.service';
import { CalendarWatch } from './gateway/calendar-watch';
import { connectTemporalClient } from './temporal/temporal-connection';
import { TEMPORAL_CLIENT } from './temporal/temporal.tokens';
import { CouncilSchedulesService } from './temporal/council-schedules.service';
import { TemporalWorkerService } from './temporal/temporal-worker.service';
import { WORKER_CONFIG, workerConfigFrom, workerEnv } from './worker.config';

export const workerConfig = workerConfigFrom(loadConfig(workerEnv));

@Module({
  imports: [
    LoggerModule.forRoot(loggerParams(workerConfig.logLevel, 'worker')),
    PrismaModule.forRoot(workerConfig.database),
    MessagingModule.forRoot({ redis: workerConfig.redis, source: 'worker', outbox: { relay: true, ledger: workerConfig.messageLedger } }),
  ],
  controllers: [WorkflowEventsController],
  providers: [
    { provide: WORKER_CONFIG, useValue: workerConfig },
    { provide: TEMPORAL_CLIENT, useFactory: () => connectTemporalClient(workerConfig.temporal) },
    {
      provide: 'TEMPORAL_CLIENT_SHUTDOWN',
      useFactory: (client: Client) => ({ onApplicationShutdown: () => client.connection.close() }),
      inject: [TEMPORAL_CLIENT],
    },
    WorkCalendarSource,
    CalendarWatch,
    ProblemWorkflowsService,
    TemporalWorkerService,
    CouncilSchedulesService,
  ],
})
export class WorkerModule {}
