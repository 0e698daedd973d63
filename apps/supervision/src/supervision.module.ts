import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { HealthController, loggerParams } from '@shangliang/http';
import { MessagingModule } from '@shangliang/messaging';
import { OrganisationDirectoryModule } from '@shangliang/organisation';
import { PrismaModule } from '@shangliang/persistence';
import { ArchiveCaseUseCase } from './cases/archive-case.usecase';
import { CaseQueries } from './cases/case.queries';
import { CaseRepository } from './cases/case.repository';
import { CasesController } from './cases/cases.controller';
import { UpdateCaseUseCase } from './cases/update-case.usecase';
import { DashboardController } from './dashboard/dashboard.controller';
import { SupervisionFiguresQueries } from './dashboard/supervision-figures.queries';
import { FollowUpQueries } from './follow-ups/follow-up.queries';
import { FollowUpRepository } from './follow-ups/follow-up.repository';
import { FollowUpsController } from './follow-ups/follow-ups.controller';
import { OpenFollowUpUseCase } from './follow-ups/open-follow-up.usecase';
import { RecordFollowUpUseCase, RecordResidentAnswerUseCase } from './follow-ups/record-follow-up.usecase';
import { OpenSupervisionCaseUseCase } from './supervision-cases/open-supervision-case.usecase';
import { ResolveSupervisionCaseUseCase } from './supervision-cases/resolve-supervision-case.usecase';
import { SupervisionCaseQueries } from './supervision-cases/supervision-case.queries';
import { SupervisionCaseRepository } from './supervision-cases/supervision-case.repository';
import { SupervisionCasesController, SupervisionNoticesController } from './supervision-cases/supervision-cases.controller';
import { ActOnSupervisionCaseUseCase, AnswerSupervisionNoticeUseCase } from './supervision-cases/act-on-supervision-case.usecase';
import { RaiseSupervisionCaseUseCase } from './supervision-cases/raise-supervision-case.usecase';
import { FollowUpPolicy } from './follow-ups/follow-up.policy';
import { SUPERVISION_CONFIG, supervisionConfigFrom, supervisionEnv } from './supervision.config';
import { CaseFiguresRepository } from './figures/case-figures.repository';
import { FigureScope } from './figures/figure-scope';
import { FigureSourcesClient } from './figures/figure-sources.client';
import { FiguresController } from './figures/figures.controller';
import { FiguresQueries } from './figures/figures.queries';
import { ReportsController } from './reports/reports.controller';
import { ReportsQueries } from './reports/reports.queries';
import { SuggestionFiguresQueries } from './suggestions/suggestion-figures.queries';
import { HistoryImportsController } from './history/history-imports.controller';
import { ImportHistoryUseCase } from './history/import-history.usecase';
import { DraftSuggestionUseCase } from './suggestions/draft-suggestion.usecase';
import { RecordAdoptionUseCase } from './suggestions/record-adoption.usecase';
import { RequestReviewUseCase } from './suggestions/request-review.usecase';
import { ReviewSuggestionUseCase } from './suggestions/review-suggestion.usecase';
import { ReviseSuggestionUseCase } from './suggestions/revise-suggestion.usecase';
import { SubmitSuggestionUseCase } from './suggestions/submit-suggestion.usecase';
import { SuggestionChange } from './suggestions/suggestion-change';
import { SuggestionLinks } from './suggestions/suggestion-links';
import { SuggestionPresenter } from './suggestions/suggestion.presenter';
import { SuggestionQueries } from './suggestions/suggestion.queries';
import { SuggestionRepository } from './suggestions/suggestion.repository';
import { SuggestionsController } from './suggestions/suggestions.controller';
import { SUPERVISION_INBOX_HANDLERS } from './supervision-inbox';

export const supervisionConfig = supervisionConfigFrom(loadConfig(supervisionEnv));

@Module({
  imports: [
    LoggerModule.forRoot(loggerParams(supervisionConfig.logLevel, 'supervision')),
    PrismaModule.forRoot(supervisionConfig.database),
    MessagingModule.forRoot({ redis: supervisionConfig.redis, source: 'supervision', outbox: { relay: supervisionConfig.outboxRelay, ledger: supervisionConfig.messageLedger, deadLetterApi: true } }),
    AuthModule.forRoot(supervisionConfig.auth),
    OrganisationDirectoryModule,
  ],
  controllers: [HealthController, SupervisionCasesController, SupervisionNoticesController, FollowUpsController, CasesController, SuggestionsController, HistoryImportsController, DashboardController, FiguresController, ReportsController, ...SUPERVISION_INBOX_HANDLERS],
  providers: [
    SupervisionCaseRepository,
    SupervisionCaseQueries,
    OpenSupervisionCaseUseCase,
    ResolveSupervisionCaseUseCase,
    ActOnSupervisionCaseUseCase,
    AnswerSupervisionNoticeUseCase,
    RaiseSupervisionCaseUseCase,
    { provide: FollowUpPolicy, useValue: new FollowUpPolicy(supervisionConfig.followUp.callBackAttempts) },
    FollowUpRepository,
    FollowUpQueries,
    OpenFollowUpUseCase,
    RecordFollowUpUseCase,
    RecordResidentAnswerUseCase,
    CaseRepository,
    CaseQueries,
    ArchiveCaseUseCase,
    UpdateCaseUseCase,
    SupervisionFiguresQueries,
    { provide: SUPERVISION_CONFIG, useValue: supervisionConfig },
    CaseFiguresRepository,
    SuggestionFiguresQueries,
    FigureSourcesClient,
    FigureScope,
    FiguresQueries,
    ReportsQueries,
    // The suggestion bank (委员建言库).
    SuggestionRepository,
    SuggestionPresenter,
    SuggestionLinks,
    SuggestionChange,
    SuggestionQueries,
    DraftSuggestionUseCase,
    ReviseSuggestionUseCase,
    RequestReviewUseCase,
    ReviewSuggestionUseCase,
    SubmitSuggestionUseCase,
    RecordAdoptionUseCase,
    // History from before the system (往年台账).
    ImportHistoryUseCase,
  ],
})
export class SupervisionModule {}
