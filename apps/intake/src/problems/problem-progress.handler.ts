import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { RecordProgressUseCase } from './record-progress.usecase';

/** The intake inbox: what problem workflows ask of the problem bank. */
@Controller()
export class ProblemProgressHandler {
  constructor(private readonly recordProgress: RecordProgressUseCase) {}

  @EventPattern('problem.progressed')
  progressed(@Payload() command: PayloadOf<'intake', 'problem.progressed'>) {
    return this.recordProgress.execute(command);
  }
}
