import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { FollowUpRepository } from './follow-up.repository';

/** 跟进督单: the problem is settled; someone must call the resident back before the deadline. */
@Injectable()
export class OpenFollowUpUseCase {
  private readonly logger = new Logger(OpenFollowUpUseCase.name);

  constructor(private readonly followUps: FollowUpRepository) {}

  async execute(command: PayloadOf<'supervision', 'follow-up.requested'>): Promise<void> {
    if (await this.followUps.open(command)) this.logger.log(`follow-up due by ${command.dueAt} for ${command.reference} (problem ${command.problemId})`);
  }
}
