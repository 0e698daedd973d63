import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { CadenceCheckUseCase } from './cadence-check.usecase';

/** The consultation inbox: the daily cadence check the council's schedule starts. */
@Controller()
export class CadenceCheckRequestedHandler {
  constructor(private readonly check: CadenceCheckUseCase) {}

  @EventPattern('cadence.check-requested')
  requested(@Payload() command: PayloadOf<'consultation', 'cadence.check-requested'>) {
    return this.check.execute(command);
  }
}
