import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { RecordNotificationUseCase } from './record-notification.usecase';

/** The notifications inbox: the daily cadence check found a convener or a group behind. */
@Controller()
export class CadenceBehindHandler {
  constructor(private readonly record: RecordNotificationUseCase) {}

  @EventPattern('cadence.behind')
  behind(@Payload() event: PayloadOf<'notifications', 'cadence.behind'>) {
    return this.record.cadenceBehind(event);
  }
}
