import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { HealthController, INTERNAL_API_SECRET, loggerParams } from '@shangliang/http';
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
import { MergeProjection } from './duplicates/merge-projection';
import { ProblemAccess } from './problems/problem-access';
import { AnswerFollowUpUseCase } from './follow-up/answer-follow-up.usecase';
import { FollowUpAnswerController } from './follow-up/follow-up-answer.controller';
import { ResidentContacts } from './residents/resident-contacts';
import { AnonymiseExpiredContactsUseCase, ResidentRetentionSweeper } from './residents/anonymise-expired-contacts.usecase';
import { ResidentsAdminController } from './residents/residents-admin.controller';
import { ResidentWaitController } from './resident-wait/resident-wait.controller';
import { ResidentWaitUseCase } from './resident-wait/resident-wait.usecase';
import { PhotosModule } from './photos/photos.module';
import { StudiosModule } from './studios/studios.module';
import { HotlineModule } from './hotline/hotline.module';
import { Open311Module } from './open311/open311.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { SubmitProblemUseCase } from './problems/submit-problem.usecase';
import { InternalContactsController } from './residents/internal-contacts.controller';
import { InternalFiguresController } from './figures/internal-figures.controller';
import { ProblemFiguresQueries } from './figures/problem-figures.queries';
import { ProblemFiguresRepository } from './figures/problem-figures.repository';
import { ResidentContactResolution } from './residents/resident-contact-resolution';
import { NotificationFeed } from './notification-feed/notification-feed';

export const intakeConfig = intakeConfigFrom(loadConfig(intakeEnv));

@Module({
  imports: [
    LoggerModule.forRoot(loggerParams(intakeConfig.logLevel, 'intake')),
    PrismaModule.forRoot(intakeConfig.database),
    MessagingModule.forRoot({ redis: intakeConfig.redis, source: 'intake', outbox: { relay: intakeConfig.outboxRelay, ledger: intakeConfig.messageLedger, deadLetterApi: true } }),
    AuthModule.forRoot(intakeConfig.auth),
    OrganisationDirectoryModule,
    PhotosModule.forRoot(intakeConfig.photos),
    StudiosModule,
    RateLimitsModule.forRoot({ config: intakeConfig.rateLimits, keyPrefix: intakeConfig.redis.prefix, piiDigestSecret: intakeConfig.piiDigestSecret }),
    HotlineModule.forRoot({ intake: intakeConfig, hotline: intakeConfig.hotline }),
    Open311Module.forRoot({ intake: intakeConfig, open311: intakeConfig.open311 }),
  ],
  controllers: [HealthController, ProblemsController, PublicProblemsController, DuplicatesController, MergesController, FollowUpAnswerController, ResidentsAdminController, InternalContactsController, InternalFiguresController, ResidentWaitController, ProblemProgressHandler],
  providers: [
    { provide: INTAKE_CONFIG, useValue: intakeConfig },
    { provide: INTERNAL_API_SECRET, useValue: intakeConfig.internalApiSecret },
    ResidentContactResolution,
    NotificationFeed,
    ProblemRepository,
    ProblemQueries,
    SubmitProblemUseCase,
    RecordProgressUseCase,
    ResidentContacts,
    DuplicateFinder,
    JoinProblemUseCase,
    MergeProblemsUseCase,
    MergeProjection,
    ProblemAccess,
    AnswerFollowUpUseCase,
    AnonymiseExpiredContactsUseCase,
    ResidentRetentionSweeper,
    ResidentWaitUseCase,
    ProblemFiguresRepository,
    ProblemFiguresQueries,
  ],
})
export class IntakeModule {}
