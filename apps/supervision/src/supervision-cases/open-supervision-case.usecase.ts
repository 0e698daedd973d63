import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { SupervisionCaseRepository } from './supervision-case.repository';

/**
 * The department let the referral run past formal supervision (督办): the council opens a
 * democratic-supervision case (民主监督) that a supervisor must resolve. One case per referral.
 */
@Injectable()
export class OpenSupervisionCaseUseCase {
  private readonly logger = new Logger(OpenSupervisionCaseUseCase.name);

  constructor(private readonly cases: SupervisionCaseRepository) {}

  async execute(command: PayloadOf<'supervision', 'supervision-case.requested'>): Promise<void> {
    if (await this.cases.open(command)) {
      this.logger.log(`democratic supervision opened for ${command.reference}: department ${command.departmentId}, referral ${command.referralId}`);
    }
  }
}
