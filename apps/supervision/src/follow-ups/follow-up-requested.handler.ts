import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { OpenFollowUpUseCase } from './open-follow-up.usecase';
import { RecordResidentAnswerUseCase } from './record-follow-up.usecase';

/** The supervision inbox: a problem's workflow asks for the call-back to the resident. */
@Controller()
export class FollowUpRequestedHandler {
  constructor(
    private readonly openFollowUp: OpenFollowUpUseCase,
    private readonly residentAnswer: RecordResidentAnswerUseCase,
  ) {}

  @EventPattern('follow-up.requested')
  requested(@Payload() command: PayloadOf<'supervision', 'follow-up.requested'>) {
    return this.openFollowUp.execute(command);
  }

  @EventPattern('follow-up.answered')
  answered(@Payload() command: PayloadOf<'supervision', 'follow-up.answered'>) {
    return this.residentAnswer.execute(command.problemId, command.satisfaction, command.round ?? 0);
  }
}
