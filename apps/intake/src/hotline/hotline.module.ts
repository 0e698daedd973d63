import { type DynamicModule, Module } from '@nestjs/common';
import { DuplicateFinder } from '../duplicates/duplicate-finder';
import { JoinProblemUseCase } from '../duplicates/join-problem.usecase';
import { INTAKE_CONFIG, type IntakeConfig } from '../intake.config';
import { ProblemRepository } from '../problems/problem.repository';
import { PROBLEM_PROGRESS_OBSERVERS } from '../problems/record-progress.usecase';
import { SubmitProblemUseCase } from '../problems/submit-problem.usecase';
import { ResidentContacts } from '../residents/resident-contacts';
import { DeliverStatusCallbackUseCase } from './deliver-status-callback.usecase';
import { HOTLINE_CONFIG, type HotlineConfig } from './hotline.config';
import { HotlineImportRepository } from './hotline-import.repository';
import { HotlineImportRunner } from './hotline-import.runner';
import { HotlineImportsController } from './hotline-imports.controller';
import { HotlineOrderQueries } from './hotline-order.queries';
import { HotlineOrderRepository } from './hotline-order.repository';
import { HotlinePartnerRepository } from './hotline-partner.repository';
import { HotlinePartnersController } from './hotline-partners.controller';
import { HotlinePartnersUseCase } from './hotline-partners.usecase';
import { HotlineSignatureGuard } from './hotline-signature.guard';
import { HotlineWorkOrdersController } from './hotline-work-orders.controller';
import { StartHotlineImportUseCase } from './start-hotline-import.usecase';
import { CallbackHttp, FetchCallbackHttp } from './status-callback.http';
import { CALLBACK_REDIS, StatusCallbackQueue } from './status-callback.queue';
import { StatusCallbackRepository } from './status-callback.repository';
import { StatusCallbackScheduler } from './status-callback.scheduler';
import { SubmitWorkOrderUseCase } from './submit-work-order.usecase';

/**
 * The hotline channel (12345-style call centres): signed work orders, CSV imports, partner
 * administration and status callbacks. It raises problems through the problem bank's own use
 * cases (stateless, so this module has its own instances of them).
 */
@Module({})
export class HotlineModule {
  static forRoot(config: { intake: IntakeConfig; hotline: HotlineConfig }): DynamicModule {
    return {
      module: HotlineModule,
      controllers: [HotlineWorkOrdersController, HotlinePartnersController, HotlineImportsController],
      providers: [
        { provide: INTAKE_CONFIG, useValue: config.intake },
        { provide: HOTLINE_CONFIG, useValue: config.hotline },
        { provide: CALLBACK_REDIS, useValue: config.intake.redis },
        { provide: CallbackHttp, useClass: FetchCallbackHttp },
        { provide: PROBLEM_PROGRESS_OBSERVERS, useFactory: (scheduler: StatusCallbackScheduler) => [scheduler], inject: [StatusCallbackScheduler] },
        ProblemRepository,
        ResidentContacts,
        SubmitProblemUseCase,
        DuplicateFinder,
        JoinProblemUseCase,
        HotlinePartnerRepository,
        HotlineOrderRepository,
        HotlineImportRepository,
        StatusCallbackRepository,
        HotlinePartnersUseCase,
        HotlineOrderQueries,
        SubmitWorkOrderUseCase,
        StartHotlineImportUseCase,
        HotlineImportRunner,
        HotlineSignatureGuard,
        DeliverStatusCallbackUseCase,
        StatusCallbackQueue,
        StatusCallbackScheduler,
      ],
      exports: [PROBLEM_PROGRESS_OBSERVERS],
    };
  }
}

/** Partner administration for the command line, without controllers, queues or workers. */
@Module({ providers: [HotlinePartnerRepository, HotlinePartnersUseCase] })
export class HotlinePartnerCommandsModule {}
