import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { Satisfaction } from '@shangliang/contracts';
import { forbidden, notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { CommunityScope } from '@shangliang/organisation';
import type { Tx } from '@shangliang/persistence';
import { FollowUpPolicy } from './follow-up.policy';
import { FollowUpRepository, type FollowUpRecord } from './follow-up.repository';
import type { CallBackAttemptCommand, RecordFollowUpCommand } from './record-follow-up.command';

/**
 * The resident was called back and rated the outcome. The rating and the `follow-up.recorded`
 * event commit together, keyed by the problem and the round, so the workflow moves on once: a
 * satisfied resident's problem is archived, a dissatisfied one's reopened.
 */
@Injectable()
export class RecordFollowUpUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly scope: CommunityScope,
    private readonly outbox: Outbox,
    private readonly policy: FollowUpPolicy,
  ) {}

  async execute(problemId: string, command: RecordFollowUpCommand, staff: StaffPrincipal) {
    const followUp = await this.pending(problemId, staff);
    const recordedAt = new Date();
    await this.followUps.transaction(async (tx) => {
      const recorded = await this.followUps.markRecorded(
        tx,
        problemId,
        { satisfaction: command.satisfaction, note: command.note ?? null, reason: command.reason ?? null, recordedBy: staff.staffId, recordedAt },
        followUp.round,
      );
      if (!recorded) throw alreadyRecorded();
      await this.outbox.add(tx, 'workflow-events', 'follow-up.recorded', recordedEvent(followUp, { satisfaction: command.satisfaction, result: 'answered' }));
    });
    this.outbox.flush();
    return { problemId, round: followUp.round, status: 'recorded' as const, satisfaction: command.satisfaction, recordedAt: recordedAt.toISOString() };
  }

  /**
   * A call-back that reached nobody. After the attempts the policy allows, the round ends as
   * "not reached" (未联系上) and the problem is archived so.
   */
  async attempt(problemId: string, command: CallBackAttemptCommand, staff: StaffPrincipal) {
    const followUp = await this.pending(problemId, staff);
    const result = await this.followUps.transaction(async (tx) => {
      const attempts = await this.followUps.countAttempt(tx, problemId, followUp.round);
      if (attempts === null) throw alreadyRecorded();
      if (attempts < this.policy.callBackAttempts) return { attempts, notReached: false };
      await this.notReached(tx, followUp, staff, command.note ?? null);
      return { attempts, notReached: true };
    });
    if (result.notReached) this.outbox.flush();
    return { problemId, round: followUp.round, attempts: result.attempts, attemptsAllowed: this.policy.callBackAttempts, status: result.notReached ? ('not_reached' as const) : ('pending' as const) };
  }

  private async notReached(tx: Tx, followUp: FollowUpRecord, staff: StaffPrincipal, note: string | null) {
    const recorded = await this.followUps.markRecorded(
      tx,
      followUp.problemId,
      { satisfaction: null, note, recordedBy: staff.staffId, recordedAt: new Date(), result: 'not_reached' },
      followUp.round,
    );
    if (!recorded) throw alreadyRecorded();
    await this.outbox.add(tx, 'workflow-events', 'follow-up.recorded', recordedEvent(followUp, { satisfaction: null, result: 'not_reached' }));
  }

  private async pending(problemId: string, staff: StaffPrincipal): Promise<FollowUpRecord> {
    const followUp = await this.followUps.findById(problemId);
    if (!followUp) throw notFound('follow-up');
    const communityIds = await this.scope.of(staff);
    if (communityIds && !communityIds.includes(followUp.communityId)) throw forbidden('this follow-up is outside your area');
    if (followUp.status !== 'pending') throw alreadyRecorded();
    return followUp;
  }
}

/**
 * The resident answered the follow-up question themselves (relayed by intake). It settles the
 * round like a call-back; if staff already recorded one, the answer is not needed and dropped.
 */
@Injectable()
export class RecordResidentAnswerUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(problemId: string, satisfaction: Satisfaction, round = 0): Promise<void> {
    // The answer can overtake the workflow's request for the follow-up: retry until it is open.
    const followUp = await this.followUps.findById(problemId);
    if (!followUp || followUp.round < round) throw new Error(`follow-up round ${round} for ${problemId} is not open yet`);
    if (followUp.round > round) return;
    const recorded = await this.followUps.transaction(async (tx) => {
      const done = await this.followUps.markRecorded(tx, problemId, { satisfaction, note: null, recordedBy: 'resident', recordedAt: new Date() }, round);
      if (done) await this.outbox.add(tx, 'workflow-events', 'follow-up.recorded', recordedEvent(followUp, { satisfaction, result: 'answered' }));
      return done;
    });
    if (recorded) this.outbox.flush();
  }
}

function recordedEvent(followUp: FollowUpRecord, end: { satisfaction: Satisfaction | null; result: 'answered' | 'not_reached' }) {
  const { problemId, round } = followUp;
  // The first round's event is what it always was, so workflows of earlier releases read it.
  if (round === 0 && end.result === 'answered') return { eventId: FollowUpPolicy.recordedEventId(problemId, 0), problemId, satisfaction: end.satisfaction };
  return { eventId: FollowUpPolicy.recordedEventId(problemId, round), problemId, satisfaction: end.satisfaction, round, result: end.result };
}

const alreadyRecorded = () => wrongStage('the call-back for this round is already recorded');
