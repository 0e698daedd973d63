import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { ArchiveCaseUseCase } from './archive-case.usecase';

/** The supervision inbox: a problem's workflow archives the settled problem as a case. */
@Controller()
export class CaseArchiveRequestedHandler {
  constructor(private readonly archiveCase: ArchiveCaseUseCase) {}

  @EventPattern('case.archive-requested')
  requested(@Payload() command: PayloadOf<'supervision', 'case.archive-requested'>) {
    return this.archiveCase.execute(command);
  }
}
