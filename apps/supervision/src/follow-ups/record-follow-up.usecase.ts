import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { CommunityScope } from '@shangliang/organisation';
import { FollowUpRepository } from './follow-up.repository';
import type { RecordFollowUpCommand } from './record-follow-up.command';

/**
 * The resident was called back and rated the outcome. The rating and the `follow-up.recorded`
 * event commit together, keyed by the problem, so the workflow archives the case once.
 */
@Injectable()
export class RecordFollowUpUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly scope: CommunityScope,
    private readonly outbox: Outbox,
  ) {}

  async execute(problemId: string, command: RecordFollowUpCommand, staff: StaffPrincipal) {
    const followUp = await this.followUps.findById(problemId);
    if (!followUp) throw notFound('follow-up');
    const communityIds = await this.scope.of(staff);
    if (communityIds && !communityIds.includes(followUp.communityId)) throw forbidden('this follow-up is outside your area');
    if (followUp.status !== 'pending') throw alreadyRecorded();

    const recordedAt = new Date();
    await this.followUps.transaction(async (tx) => {
      const recorded = await this.followUps.markRecorded(tx, problemId, {
        satisfaction: command.satisfaction,
        note: command.note ?? null,
        recordedBy: staff.staffId,
        recordedAt,
      });
      if (!recorded) throw alreadyRecorded();
      await this.outbox.add(tx, 'workflow-events', 'follow-up.recorded', { eventId: `${problemId}.follow-up`, problemId, satisfaction: command.satisfaction });
    });
    this.outbox.flush();
    return { problemId, status: 'recorded' as const, satisfaction: command.satisfaction, recordedAt: recordedAt.toISOString() };
  }
}

/**
 * The resident answered the follow-up question themselves (relayed by intake). It settles the
 * follow-up like a call-back; if staff already recorded one, the answer is not needed and dropped.
 */
@Injectable()
export class RecordResidentAnswerUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(problemId: string, satisfaction: RecordFollowUpCommand['satisfaction']): Promise<void> {
    // The answer can overtake the workflow's request for the follow-up: retry until it is open.
    if (!(await this.followUps.findById(problemId))) throw new Error(`follow-up for ${problemId} is not open yet`);
    const recorded = await this.followUps.transaction(async (tx) => {
      const done = await this.followUps.markRecorded(tx, problemId, { satisfaction, note: null, recordedBy: 'resident', recordedAt: new Date() });
      if (done) await this.outbox.add(tx, 'workflow-events', 'follow-up.recorded', { eventId: `${problemId}.follow-up`, problemId, satisfaction });
      return done;
    });
    if (recorded) this.outbox.flush();
  }
}

const alreadyRecorded = () => wrongStage('the call-back for this problem is already recorded');
