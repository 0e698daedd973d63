import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { OpenFollowUpUseCase } from './open-follow-up.usecase';

/** The supervision inbox: a problem's workflow asks for the call-back to the resident. */
@Controller()
export class FollowUpRequestedHandler {
  constructor(private readonly openFollowUp: OpenFollowUpUseCase) {}

  @EventPattern('follow-up.requested')
  requested(@Payload() command: PayloadOf<'supervision', 'follow-up.requested'>) {
    return this.openFollowUp.execute(command);
  }
}
