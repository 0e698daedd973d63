import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { RecordNotificationUseCase } from './record-notification.usecase';

/** The notifications inbox: a step intake recorded in the problem bank. */
@Controller()
export class ProblemProgressedHandler {
  constructor(private readonly record: RecordNotificationUseCase) {}

  @EventPattern('problem.progressed')
  progressed(@Payload() step: PayloadOf<'notifications', 'problem.progressed'>) {
    return this.record.progressed(step);
  }
}
