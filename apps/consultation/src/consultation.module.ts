import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { HealthController, loggerParams } from '@shangliang/http';
import { MessagingModule } from '@shangliang/messaging';
import { OrganisationDirectoryModule } from '@shangliang/organisation';
import { PrismaModule } from '@shangliang/persistence';
import { consultationConfigFrom, consultationEnv } from './consultation.config';
import { CONSULTATION_INBOX_HANDLERS } from './consultation-inbox';
import { ConsultationItemQueries } from './consultation-items/consultation-item.queries';
import { ConsultationItemRepository } from './consultation-items/consultation-item.repository';
import { ConsultationItemsController } from './consultation-items/consultation-items.controller';
import { OpenConsultationItemUseCase } from './consultation-items/open-consultation-item.usecase';
import { RecordConsultationUseCase } from './consultation-items/record-consultation.usecase';
import { ConsultationFiguresQueries } from './dashboard/consultation-figures.queries';
import { DashboardController } from './dashboard/dashboard.controller';
import { RecordEscalationUseCase } from './referrals/record-escalation.usecase';
import { ReferralQueries } from './referrals/referral.queries';
import { ReferralRepository } from './referrals/referral.repository';
import { ReferralsController } from './referrals/referrals.controller';
import { RespondToReferralUseCase } from './referrals/respond-to-referral.usecase';
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
    ReferralsController,
    DashboardController,
    CadenceController,
    ...CONSULTATION_INBOX_HANDLERS,
  ],
  providers: [
    ConsultationItemRepository,
    ConsultationItemQueries,
    OpenConsultationItemUseCase,
    RecordConsultationUseCase,
    ReferralRepository,
    ReferralQueries,
    RecordEscalationUseCase,
    RespondToReferralUseCase,
    ConsultationFiguresQueries,
    CadenceQueries,
    RecordActivityUseCase,
  ],
})
export class ConsultationModule {}
