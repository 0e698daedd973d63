import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { RecordNotificationUseCase } from './record-notification.usecase';

/** The notifications inbox: staff put a question to the resident (the stage's clock waits). */
@Controller()
export class ResidentQuestionAskedHandler {
  constructor(private readonly record: RecordNotificationUseCase) {}

  @EventPattern('resident.question-asked')
  asked(@Payload() question: PayloadOf<'notifications', 'resident.question-asked'>) {
    return this.record.questionAsked(question);
  }
}
