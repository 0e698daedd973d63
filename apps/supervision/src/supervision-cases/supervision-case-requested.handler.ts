import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { OpenSupervisionCaseUseCase } from './open-supervision-case.usecase';
import { RaiseSupervisionCaseUseCase } from './raise-supervision-case.usecase';

/** The supervision inbox: a problem's workflow escalates a slow department to democratic supervision. */
@Controller()
export class SupervisionCaseRequestedHandler {
  constructor(
    private readonly openCase: OpenSupervisionCaseUseCase,
    private readonly raiseCase: RaiseSupervisionCaseUseCase,
  ) {}

  @EventPattern('supervision-case.requested')
  requested(@Payload() command: PayloadOf<'supervision', 'supervision-case.requested'>) {
    return this.openCase.execute(command);
  }

  @EventPattern('supervision-case.raised')
  raised(@Payload() command: PayloadOf<'supervision', 'supervision-case.raised'>) {
    return this.raiseCase.execute(command);
  }
}
