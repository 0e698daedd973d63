import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { HealthController, INTERNAL_API_SECRET, loggerParams } from '@shangliang/http';
import { MessagingModule } from '@shangliang/messaging';
import { OrganisationDirectoryModule } from '@shangliang/organisation';
import { PrismaModule } from '@shangliang/persistence';
import { PHOTO_STORAGE, photoStorageFor } from '@shangliang/photos';
import { ItemConclusion } from './consultation-items/item-conclusion';
import { ChangeTeamUseCase } from './consultation-items/change-team.usecase';
import { CadenceCheckUseCase } from './cadence/cadence-check.usecase';
import { ConsultationSessionRepository } from './consultation-sessions/consultation-session.repository';
import { ConsultationSessionsController } from './consultation-sessions/consultation-sessions.controller';
import { ConcludeItemUseCase, RecordSessionUseCase, SessionPhotosUseCase } from './consultation-sessions/consultation-sessions.usecases';
import { CONSULTATION_CONFIG, consultationConfigFrom, consultationEnv } from './consultation.config';
import { CONSULTATION_INBOX_HANDLERS } from './consultation-inbox';
import { ConsultationItemQueries } from './consultation-items/consultation-item.queries';
import { ConsultationItemRepository } from './consultation-items/consultation-item.repository';
import { ConsultationItemsController } from './consultation-items/consultation-items.controller';
import { OpenConsultationItemUseCase } from './consultation-items/open-consultation-item.usecase';
import { RecordConsultationUseCase } from './consultation-items/record-consultation.usecase';
import { ConsultationFiguresQueries } from './dashboard/consultation-figures.queries';
import { DashboardController } from './dashboard/dashboard.controller';
import { InternalFiguresController } from './figures/internal-figures.controller';
import { ReferralFiguresQueries } from './figures/referral-figures.queries';
import { ReferralFiguresRepository } from './figures/referral-figures.repository';
import { RecordEscalationUseCase } from './referrals/record-escalation.usecase';
import { ReferralQueries } from './referrals/referral.queries';
import { ReferralRepository } from './referrals/referral.repository';
import { ReferralsController } from './referrals/referrals.controller';
import { RespondToReferralUseCase } from './referrals/respond-to-referral.usecase';
import { ReferralDeadlinePolicy } from './referrals/referral-deadline.policy';
import { WorkCalendarSource } from '@shangliang/organisation';
import { AttachEvidencePhotoUseCase } from './referral-steps/attach-evidence-photo.usecase';
import { CompleteReferralUseCase } from './referral-steps/complete-referral.usecase';
import { DecideCompletionUseCase } from './referral-steps/decide-completion.usecase';
import { DecideExtensionUseCase } from './referral-steps/decide-extension.usecase';
import { DecideReturnUseCase } from './referral-steps/decide-return.usecase';
import { NoteReferralProgressUseCase } from './referral-steps/note-referral-progress.usecase';
import { ReadEvidencePhotoUseCase } from './referral-steps/read-evidence-photo.usecase';
import { ReferralPhotosController } from './referral-steps/referral-photos.controller';
import { ReferralStepRepository } from './referral-steps/referral-step.repository';
import { ReferralStepRunner } from './referral-steps/referral-step.runner';
import { ReferralStepsController } from './referral-steps/referral-steps.controller';
import { RequestExtensionUseCase } from './referral-steps/request-extension.usecase';
import { ReturnReferralUseCase } from './referral-steps/return-referral.usecase';
import { SignReferralUseCase } from './referral-steps/sign-referral.usecase';
import { CadenceController } from './cadence/cadence.controller';
import { CadenceQueries } from './cadence/cadence.queries';
import { RecordActivityUseCase } from './cadence/record-activity.usecase';

export const consultationConfig = consultationConfigFrom(loadConfig(consultationEnv));


@Module({
  imports: [
    LoggerModule.forRoot(loggerParams(consultationConfig.logLevel, 'consultation')),
    PrismaModule.forRoot(consultationConfig.database),
    MessagingModule.forRoot({ redis: consultationConfig.redis, source: 'consultation', outbox: { relay: consultationConfig.outboxRelay, ledger: consultationConfig.messageLedger, deadLetterApi: true } }),
    AuthModule.forRoot(consultationConfig.auth),
    OrganisationDirectoryModule,
  ],
  controllers: [
    HealthController,
    ConsultationItemsController,
    ConsultationSessionsController,
    ReferralsController,
    ReferralStepsController,
    ReferralPhotosController,
    DashboardController,
    InternalFiguresController,
    CadenceController,
    ...CONSULTATION_INBOX_HANDLERS,
  ],
  providers: [
    ConsultationItemRepository,
    ConsultationItemQueries,
    OpenConsultationItemUseCase,
    RecordConsultationUseCase,
    ItemConclusion,
    ChangeTeamUseCase,
    CadenceCheckUseCase,
    ConsultationSessionRepository,
    RecordSessionUseCase,
    ConcludeItemUseCase,
    SessionPhotosUseCase,
    ReferralRepository,
    ReferralQueries,
    RecordEscalationUseCase,
    RespondToReferralUseCase,
    { provide: CONSULTATION_CONFIG, useValue: consultationConfig },
    { provide: PHOTO_STORAGE, useFactory: () => photoStorageFor(consultationConfig.photos) },
    ReferralDeadlinePolicy,
    WorkCalendarSource,
    ReferralStepRepository,
    ReferralStepRunner,
    SignReferralUseCase,
    NoteReferralProgressUseCase,
    RequestExtensionUseCase,
    DecideExtensionUseCase,
    ReturnReferralUseCase,
    DecideReturnUseCase,
    AttachEvidencePhotoUseCase,
    CompleteReferralUseCase,
    DecideCompletionUseCase,
    ReadEvidencePhotoUseCase,
    ConsultationFiguresQueries,
    CadenceQueries,
    RecordActivityUseCase,
    { provide: INTERNAL_API_SECRET, useValue: consultationConfig.internalApiSecret },
    ReferralFiguresRepository,
    ReferralFiguresQueries,
  ],
})
export class ConsultationModule {}
