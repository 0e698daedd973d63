import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { SupervisionCaseRepository } from './supervision-case.repository';

/**
 * A supervision notice's deadline passed too: the workflow raises the case to the council's
 * leadership (the vice-chair over the committee), who is told through the problem's history.
 * Once per case, however often the command is delivered.
 */
@Injectable()
export class RaiseSupervisionCaseUseCase {
  private readonly logger = new Logger(RaiseSupervisionCaseUseCase.name);

  constructor(private readonly cases: SupervisionCaseRepository) {}

  async execute(command: PayloadOf<'supervision', 'supervision-case.raised'>): Promise<void> {
    const raised = await this.cases.transaction(async (tx) => {
      const done = await this.cases.raise(tx, command.supervisionCaseId, command.noticeId, new Date());
      if (done) await this.cases.logAction(tx, command.supervisionCaseId, 'raised_to_leadership', { noticeId: command.noticeId }, 'workflow');
      return done;
    });
    if (raised) this.logger.log(`supervision case ${command.supervisionCaseId} raised to the leadership (notice ${command.noticeId} missed)`);
  }
}
