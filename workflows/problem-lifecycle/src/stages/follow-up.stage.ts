import { patched, uuid4 } from '@temporalio/workflow';
import { MAX_REOPENS, type CaseResult, type ProblemLifecycleResult, type WorkflowEvent } from '@shangliang/contracts/workflow';
import type { Lifecycle } from '../lifecycle/lifecycle-context';
import { waitWithEscalation } from '../lifecycle/wait-with-escalation';
import type { Reopen } from './consultation.stage';
import { supervise } from './supervision.stage';

/** Reminders to late callers-back before the deadline simply keeps waiting. */
const FOLLOW_UP_REMINDERS = 3;

export type FollowUpVerdict = { kind: 'archive'; result: CaseResult; explanation: string | null } | { kind: 'reopen'; reopen: Reopen };

/**
 * 跟进督单: the resident is called back (回访). Satisfied or basically satisfied → archived; not
 * reached after the call-backs the policy allows → archived as such (未联系上). From release 4 a
 * dissatisfied resident reopens the problem (back to the same team's consultation) at most
 * twice; the next dissatisfaction goes to a supervisor, who orders another round or archives
 * it as unresolved with an explanation the resident reads.
 */
export async function followUp(lc: Lifecycle, round: number): Promise<FollowUpVerdict> {
  const { input, state, services } = lc;
  const followUpMs = lc.limitMs('followUp', input.policy.followUpMs);
  const roundDetail: { round?: number } = round > 0 ? { round } : {};
  await lc.enter('follow_up', followUpMs, roundDetail, (dueAt) => services.requestFollowUp({ ...lc.ref, dueAt, ...roundDetail }));
  const answer = await waitWithEscalation(() => lc.inbox.followUps.get(round) ?? null, followUpMs, FOLLOW_UP_REMINDERS, (level) =>
    lc.overdue('follow_up_overdue', level, followUpMs),
    lc.residentClock,
  );
  state.satisfaction = answer.satisfaction;
  if (!patched('follow-up-reopens')) {
    await lc.record('follow_up_recorded', { satisfaction: state.satisfaction });
    return { kind: 'archive', result: 'resolved', explanation: null };
  }
  if (answer.result === 'not_reached') {
    await lc.record('follow_up_not_reached', { round });
    return { kind: 'archive', result: 'not_reached', explanation: null };
  }
  await lc.record('follow_up_recorded', { satisfaction: state.satisfaction, round });
  if (answer.satisfaction !== 'dissatisfied') return { kind: 'archive', result: 'resolved', explanation: null };
  const reopens = state.reopenCount ?? 0;
  if (reopens < MAX_REOPENS) return reopened(lc, `dissatisfied.${round + 1}`);
  return supervisorDecides(lc, round);
}

async function reopened(lc: Lifecycle, key: string): Promise<FollowUpVerdict> {
  lc.state.reopenCount = (lc.state.reopenCount ?? 0) + 1;
  await lc.record('reopened', { reopenCount: lc.state.reopenCount });
  return { kind: 'reopen', reopen: { key, reason: 'dissatisfied', departmentId: null } };
}

/** Dissatisfied once more after the reopens allowed: a supervisor decides. */
async function supervisorDecides(lc: Lifecycle, round: number): Promise<FollowUpVerdict> {
  const supervisionCaseId = uuid4();
  lc.markEscalated();
  await lc.enter('escalation', null, { kind: 'repeated_dissatisfaction', round });
  await lc.services.requestSupervisionCase({ ...lc.ref, referralId: null, departmentId: null, kind: 'repeated_dissatisfaction', round, supervisionCaseId });
  const end = await supervise(lc, supervisionCaseId);
  switch (end.kind) {
    case 'archive_unresolved':
      return { kind: 'archive', result: 'unresolved', explanation: end.explanation };
    case 'closed':
      // Closed without another round: the resident stayed dissatisfied, so it is not resolved.
      return { kind: 'archive', result: 'unresolved', explanation: null };
    case 'another_round':
      return reopened(lc, `supervised.${round + 1}`);
    case 'point_to_point':
      lc.state.reopenCount = (lc.state.reopenCount ?? 0) + 1;
      await lc.record('reopened', { reopenCount: lc.state.reopenCount });
      return { kind: 'reopen', reopen: { key: `point-to-point.${supervisionCaseId}`, reason: 'point_to_point', departmentId: end.departmentId } };
  }
}

/** 归单要准: the settled problem is written up as a case in the case bank. */
export async function archive(
  lc: Lifecycle,
  team: WorkflowEvent<'team.formed'>,
  concluded: WorkflowEvent<'consultation.concluded'>,
  verdict: Extract<FollowUpVerdict, { kind: 'archive' }>,
): Promise<ProblemLifecycleResult> {
  const { input, state, services } = lc;
  const release4 = patched('follow-up-reopens');
  if (release4) state.result = verdict.result;
  await services.archiveCase({
    ...lc.ref,
    outcome: concluded.outcome,
    leadMemberId: team.leadMemberId,
    memberIds: team.memberIds,
    departmentId: state.referral?.departmentId ?? null,
    escalationRungs: state.escalationRungs,
    satisfaction: state.satisfaction,
    submittedAt: input.submittedAt,
    settledAt: lc.now().toISOString(),
    ...(release4 ? { result: verdict.result, reopenCount: state.reopenCount ?? 0, explanation: verdict.explanation } : {}),
  });
  // Added after the first version: older histories replay without it (patched), new runs tell
  // the assignment service, so settled items stop counting in members' current load.
  if (patched('tell-assignment-when-settled')) await services.closeClaiming({ problemId: input.problemId });
  await lc.enter('archived', null, release4 ? { result: verdict.result } : {});
  return {
    stage: 'archived',
    outcome: concluded.outcome,
    escalationRungs: state.escalationRungs,
    satisfaction: state.satisfaction,
    ...(release4 ? { result: verdict.result } : {}),
  };
}
