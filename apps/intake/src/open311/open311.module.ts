import { type DynamicModule, Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { INTAKE_CONFIG, type IntakeConfig } from '../intake.config';
import { ProblemRepository } from '../problems/problem.repository';
import { SubmitProblemUseCase } from '../problems/submit-problem.usecase';
import { ResidentContacts } from '../residents/resident-contacts';
import { OPEN311_CONFIG, type Open311Config } from './open311.config';
import { Open311Controller } from './open311.controller';
import { Open311ApiKeyGuard } from './open311-api-key.guard';
import { Open311RequestQueries } from './open311-request.queries';
import { Open311RequestRepository } from './open311-request.repository';
import { SubmitOpen311RequestUseCase } from './submit-open311-request.usecase';

/**
 * Open311 GeoReport v2. Raises problems through the problem bank's own use cases (stateless,
 * so this module has its own instances of them); api keys come from the ApiKeysModule.
 */
@Module({})
export class Open311Module {
  static forRoot(config: { intake: IntakeConfig; open311: Open311Config }): DynamicModule {
    return {
      module: Open311Module,
      imports: [ApiKeysModule],
      controllers: [Open311Controller],
      providers: [
        { provide: INTAKE_CONFIG, useValue: config.intake },
        { provide: OPEN311_CONFIG, useValue: config.open311 },
        ProblemRepository,
        ResidentContacts,
        SubmitProblemUseCase,
        Open311RequestRepository,
        Open311RequestQueries,
        SubmitOpen311RequestUseCase,
        Open311ApiKeyGuard,
      ],
    };
  }
}
