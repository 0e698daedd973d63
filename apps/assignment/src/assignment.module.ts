import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { HealthController, loggerParams } from '@shangliang/http';
import { MessagingModule } from '@shangliang/messaging';
import { OrganisationDirectoryModule } from '@shangliang/organisation';
import { PrismaModule } from '@shangliang/persistence';
import { AssignmentAccess } from './assignment-access';
import { assignmentConfigFrom, assignmentEnv } from './assignment.config';
import { AssignmentInboxHandler } from './assignment-inbox.handler';
import { AuthController } from './auth/auth.controller';
import { DirectoryController } from './directory/directory.controller';
import { LoginUseCase } from './auth/login.usecase';
import { ClaimRepository } from './claiming/claim.repository';
import { ClaimingController } from './claiming/claiming.controller';
import { ClaimingUseCases } from './claiming/claiming.usecases';
import { DecideScreeningUseCase } from './screening/decide-screening.usecase';
import { ScreeningController } from './screening/screening.controller';
import { ScreeningRepository } from './screening/screening.repository';
import { OrganisationAdminController } from './organisation-admin/organisation-admin.controller';
import { OrganisationAdminUseCases } from './organisation-admin/organisation-admin.usecases';
import { RebalanceGroupsUseCase } from './organisation-admin/rebalance-groups.usecase';
import { OrganisationAdminQueries } from './organisation-admin/organisation-admin.queries';
import { loginThrottleProvider } from './auth/login-throttle';
import { ChangePasswordUseCase } from './auth/change-password.usecase';
import { clientAddressProvider } from '@shangliang/http';
import { StaffAccountsController } from './organisation-admin/staff-accounts/staff-accounts.controller';
import { CalendarController } from './organisation-admin/calendar/calendar.controller';
import { CalendarAdjustmentsUseCases } from './organisation-admin/calendar/calendar-adjustments.usecases';
import { WorkCalendarSource } from '@shangliang/organisation';
import { StaffAccountsUseCases } from './organisation-admin/staff-accounts/staff-accounts.usecases';
import { StaffCredentials } from './organisation-admin/staff-accounts/staff-credentials';

export const assignmentConfig = assignmentConfigFrom(loadConfig(assignmentEnv));

@Module({
  imports: [
    LoggerModule.forRoot(loggerParams(assignmentConfig.logLevel, 'assignment')),
    PrismaModule.forRoot(assignmentConfig.database),
    MessagingModule.forRoot({ redis: assignmentConfig.redis, source: 'assignment', outbox: { relay: true, ledger: assignmentConfig.messageLedger, deadLetterApi: true } }),
    AuthModule.forRoot(assignmentConfig.auth),
    OrganisationDirectoryModule,
  ],
  controllers: [HealthController, AuthController, DirectoryController, ScreeningController, ClaimingController, OrganisationAdminController, StaffAccountsController, CalendarController, AssignmentInboxHandler],
  providers: [
    AssignmentAccess,
    LoginUseCase,
    ScreeningRepository,
    DecideScreeningUseCase,
    ClaimRepository,
    ClaimingUseCases,
    OrganisationAdminUseCases,
    CalendarAdjustmentsUseCases,
    WorkCalendarSource,
    RebalanceGroupsUseCase,
    OrganisationAdminQueries,
    ChangePasswordUseCase,
    StaffAccountsUseCases,
    StaffCredentials,
    clientAddressProvider(assignmentConfig.trustedProxies),
    // The throttle keys passwords' digests with the token secret, so a Redis dump holds no guessable hashes.
    loginThrottleProvider(assignmentConfig.redis.prefix, assignmentConfig.auth.secret),
  ],
})
export class AssignmentModule {}
