import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { HealthController, loggerParams } from '@shangliang/http';
import { MessagingModule } from '@shangliang/messaging';
import { OrganisationDirectoryModule } from '@shangliang/organisation';
import { PrismaModule } from '@shangliang/persistence';
import { INTAKE_CONFIG, intakeConfigFrom, intakeEnv } from './intake.config';
import { ProblemProgressHandler } from './problems/problem-progress.handler';
import { ProblemQueries } from './problems/problem.queries';
import { ProblemRepository } from './problems/problem.repository';
import { ProblemsController, PublicProblemsController } from './problems/problems.controller';
import { RecordProgressUseCase } from './problems/record-progress.usecase';
import { DuplicateFinder } from './duplicates/duplicate-finder';
import { DuplicatesController } from './duplicates/duplicates.controller';
import { JoinProblemUseCase } from './duplicates/join-problem.usecase';
import { MergeProblemsUseCase } from './duplicates/merge-problems.usecase';
import { MergesController } from './duplicates/merges.controller';
import { ProblemAccess } from './problems/problem-access';
import { ResidentContacts } from './residents/resident-contacts';
import { SubmitProblemUseCase } from './problems/submit-problem.usecase';

export const intakeConfig = intakeConfigFrom(loadConfig(intakeEnv));

@Module({
  imports: [
    LoggerModule.forRoot(loggerParams(intakeConfig.logLevel, 'intake')),
    PrismaModule.forRoot(intakeConfig.database),
    MessagingModule.forRoot({ redis: intakeConfig.redis, source: 'intake', outbox: { relay: intakeConfig.outboxRelay } }),
    AuthModule.forRoot(intakeConfig.auth),
    OrganisationDirectoryModule,
  ],
  controllers: [HealthController, ProblemsController, PublicProblemsController, DuplicatesController, MergesController, ProblemProgressHandler],
  providers: [
    { provide: INTAKE_CONFIG, useValue: intakeConfig },
    ProblemRepository,
    ProblemQueries,
    SubmitProblemUseCase,
    RecordProgressUseCase,
    ResidentContacts,
    DuplicateFinder,
    JoinProblemUseCase,
    MergeProblemsUseCase,
    ProblemAccess,
  ],
})
export class IntakeModule {}
