import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { invalidField, notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import { AssignmentAccess } from '../assignment-access';
import { teamSizeRange } from '../claiming/team-size';
import type { DecideScreeningCommand } from './decide-screening.command';
import { ScreeningRepository, type ScreeningItemRecord } from './screening.repository';

/** 定单要准: the convener or group leader decides; the decision and its event commit together. */
@Injectable()
export class DecideScreeningUseCase {
  constructor(
    private readonly screening: ScreeningRepository,
    private readonly access: AssignmentAccess,
    private readonly directory: OrganisationDirectory,
    private readonly outbox: Outbox,
  ) {}

  async execute(problemId: string, command: DecideScreeningCommand, staff: StaffPrincipal): Promise<ScreeningItemRecord> {
    const item = await this.screening.find(problemId);
    if (!item) throw notFound('screening item');
    await this.access.assertCanScreen(staff, item);
    const teamSize = command.suitable ? await this.teamSize(item.communityId, command.scope!, command.teamSize) : null;

    const decidedAt = new Date();
    const decided = await this.screening.transaction(async (tx) => {
      const updated = await tx.screeningItem.updateMany({
        where: { problemId, status: 'pending' },
        data: command.suitable
          ? { status: 'suitable', scope: command.scope, teamSize, siteMeetingNote: command.siteMeetingNote, decidedBy: staff.staffId, decidedAt }
          : { status: 'unsuitable', reasonCode: command.reasonCode, referredTo: command.referredTo, decidedBy: staff.staffId, decidedAt },
      });
      if (updated.count === 0) throw wrongStage('this problem has already been screened');
      await this.outbox.add(tx, 'workflow-events', 'screening.decided', {
        // One decision per screening round (a problem unmerged is screened again).
        eventId: `${problemId}.screened.${decidedAt.getTime()}`,
        problemId,
        suitable: command.suitable,
        reasonCode: command.suitable ? null : command.reasonCode!,
        referredTo: command.suitable ? null : (command.referredTo ?? null),
        screenedBy: staff.staffId,
      });
      return tx.screeningItem.findUniqueOrThrow({ where: { problemId } });
    });
    this.outbox.flush();
    return decided;
  }

  private async teamSize(communityId: string, scope: 'household' | 'hard' | 'community', requested: number | undefined): Promise<number> {
    const group = await this.directory.groupOfCommunity(communityId);
    if (!group) throw invalidField('scope', 'this community has no member group to take the item');
    const { min, max } = teamSizeRange(scope, group.memberIds.length);
    const size = requested ?? min;
    if (size < min || size > max) throw invalidField('teamSize', `must be between ${min} and ${max} for scope "${scope}"`);
    return size;
  }
}
