import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { RecordEscalationUseCase } from './record-escalation.usecase';

/** The consultation inbox: a problem's workflow escalates a slow department's referral. */
@Controller()
export class ReferralEscalatedHandler {
  constructor(private readonly recordEscalation: RecordEscalationUseCase) {}

  @EventPattern('referral.escalated')
  escalated(@Payload() command: PayloadOf<'consultation', 'referral.escalated'>) {
    return this.recordEscalation.execute(command);
  }
}
