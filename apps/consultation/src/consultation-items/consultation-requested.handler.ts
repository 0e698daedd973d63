import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { OpenConsultationItemUseCase } from './open-consultation-item.usecase';

/** The consultation inbox: a problem's workflow asks the team to consult. */
@Controller()
export class ConsultationRequestedHandler {
  constructor(private readonly openItem: OpenConsultationItemUseCase) {}

  @EventPattern('consultation.requested')
  requested(@Payload() command: PayloadOf<'consultation', 'consultation.requested'>) {
    return this.openItem.execute(command);
  }
}
