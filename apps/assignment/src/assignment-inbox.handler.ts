import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@shangliang/contracts';
import { PermanentMessageError } from '@shangliang/messaging';
import { ClaimRepository } from './claiming/claim.repository';
import { ScreeningRepository } from './screening/screening.repository';

/** The assignment inbox: what problem workflows ask of screening and claiming. */
@Controller()
export class AssignmentInboxHandler {
  constructor(
    private readonly screening: ScreeningRepository,
    private readonly claims: ClaimRepository,
  ) {}

  @EventPattern('screening.requested')
  async screeningRequested(@Payload() command: PayloadOf<'assignment', 'screening.requested'>) {
    await this.screening.open({ problemId: command.problemId, reference: command.reference, category: command.category, communityId: command.communityId, dueAt: new Date(command.dueAt) });
  }

  @EventPattern('screening.withdrawn')
  async screeningWithdrawn(@Payload() command: PayloadOf<'assignment', 'screening.withdrawn'>) {
    await this.screening.withdraw(command.problemId);
  }

  @EventPattern('screening.overdue')
  async screeningOverdue(@Payload() command: PayloadOf<'assignment', 'screening.overdue'>) {
    await this.screening.escalate(command.problemId, command.level);
  }

  /** Opens the item for claiming with the scope and team size chosen at screening. */
  @EventPattern('claiming.opened')
  async claimingOpened(@Payload() command: PayloadOf<'assignment', 'claiming.opened'>) {
    const screened = await this.screening.find(command.problemId);
    if (!screened?.scope || !screened.teamSize) throw new PermanentMessageError(`claiming opened for ${command.problemId}, which was not screened suitable`);
    await this.claims.open({
      problemId: command.problemId,
      reference: command.reference,
      category: command.category,
      communityId: command.communityId,
      scope: screened.scope,
      seats: screened.teamSize,
      dueAt: new Date(command.dueAt),
    });
  }

  @EventPattern('claiming.closed')
  async claimingClosed(@Payload() command: PayloadOf<'assignment', 'claiming.closed'>) {
    await this.claims.close(command.problemId);
  }

  /** Level 1 puts the item in the group leader's queue, level 2 in the committee's. */
  @EventPattern('claiming.overdue')
  async claimingOverdue(@Payload() command: PayloadOf<'assignment', 'claiming.overdue'>) {
    await this.claims.escalate(command.problemId, command.level, new Date(command.dueAt));
  }
}
