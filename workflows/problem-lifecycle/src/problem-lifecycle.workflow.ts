import { proxyActivities, setHandler, upsertSearchAttributes, condition } from '@temporalio/workflow';
import {
  consultationConcludedSignal,
  departmentRespondedSignal,
  EscalatedSearchAttribute,
  followUpRecordedSignal,
  problemMergedSignal,
  problemMergeSettledSignal,
  problemStateQuery,
  problemUnmergedSignal,
  screeningDecidedSignal,
  StageSearchAttribute,
  supervisionCaseResolvedSignal,
  teamFormedSignal,
  type EscalationRung,
  type ProblemLifecycleActivities,
  type ProblemLifecycleInput,
  type ProblemLifecycleResult,
  type ProblemLifecycleState,
  type ProblemStage,
  type WorkflowEvent,
} from '@shangliang/contracts';
import { waitFor, waitWithEscalation } from './wait-with-escalation';

// Activities only hand a command to a service's queue, so they are quick; they retry until
// Redis is back rather than failing the problem.
const services = proxyActivities<ProblemLifecycleActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** How many times a late stage escalates before it simply waits (leader → committee → …). */
const SCREENING_ESCALATION_LEVELS = 2;
const CLAIMING_ESCALATION_LEVELS = 2;
const CONSULTATION_REMINDERS = 3;
const FOLLOW_UP_REMINDERS = 3;

type Detail = Record<string, string | number | boolean | null>;
type ScreeningOrMerge = WorkflowEvent<'screening.decided'> | WorkflowEvent<'problem.merged'>;
type MergeEnd = WorkflowEvent<'problem.merge-settled'> | WorkflowEvent<'problem.unmerged'>;

/**
 * One problem, from submission to archive, through the four orders (四单): screening and
 * ordering (群众点单), claiming (委员接单), consultation (协商解单) and follow-up (跟进督单).
 * Services move it with signals; every step is recorded in the problem bank's history.
 */
export async function problemLifecycle(input: ProblemLifecycleInput): Promise<ProblemLifecycleResult> {
  const seen = new Set<string>();
  let screening: WorkflowEvent<'screening.decided'> | null = null;
  let team: WorkflowEvent<'team.formed'> | null = null;
  let conclusion: WorkflowEvent<'consultation.concluded'> | null = null;
  let departmentResponse: WorkflowEvent<'department.responded'> | null = null;
  let supervisionResolution: WorkflowEvent<'supervision-case.resolved'> | null = null;
  let followUp: WorkflowEvent<'follow-up.recorded'> | null = null;
  let merge: WorkflowEvent<'problem.merged'> | null = null;
  let unmerge: WorkflowEvent<'problem.unmerged'> | null = null;
  let mergeSettled: WorkflowEvent<'problem.merge-settled'> | null = null;

  const state: ProblemLifecycleState = {
    stage: 'submitted',
    dueAt: null,
    escalated: false,
    escalationRungs: [],
    overdue: [],
    team: null,
    outcome: null,
    referral: null,
    satisfaction: null,
    closedReason: null,
    mergedInto: null,
  };

  /** Redelivered events (same id) are ignored; so is a second answer to a settled question. */
  const accept = (event: { eventId: string }, stage: ProblemStage | ProblemStage[]) => {
    if (seen.has(event.eventId)) return false;
    seen.add(event.eventId);
    return (Array.isArray(stage) ? stage : [stage]).includes(state.stage);
  };
  setHandler(screeningDecidedSignal, (e) => {
    if (accept(e, ['submitted', 'screening']) && !screening) screening = e;
  });
  setHandler(teamFormedSignal, (e) => {
    if (accept(e, 'assignment') && !team) team = e;
  });
  setHandler(consultationConcludedSignal, (e) => {
    if (accept(e, 'consultation') && !conclusion) conclusion = e;
  });
  setHandler(departmentRespondedSignal, (e) => {
    if (accept(e, ['referral', 'escalation']) && !departmentResponse && e.referralId === state.referral?.referralId) departmentResponse = e;
  });
  setHandler(supervisionCaseResolvedSignal, (e) => {
    if (accept(e, 'escalation') && !supervisionResolution) supervisionResolution = e;
  });
  setHandler(followUpRecordedSignal, (e) => {
    if (accept(e, 'follow_up') && !followUp) followUp = e;
  });
  // Only a problem still waiting to be screened can be merged into another (a duplicate).
  setHandler(problemMergedSignal, (e) => {
    if (accept(e, ['submitted', 'screening']) && !merge && !screening) merge = e;
  });
  setHandler(problemUnmergedSignal, (e) => {
    if (accept(e, 'merged') && !unmerge) unmerge = e;
  });
  setHandler(problemMergeSettledSignal, (e) => {
    if (accept(e, 'merged') && !mergeSettled) mergeSettled = e;
  });
  setHandler(problemStateQuery, () => state);

  const ref = { problemId: input.problemId, reference: input.reference, category: input.category, communityId: input.communityId };
  const now = () => new Date(Date.now());

  const record = (kind: string, detail: Detail = {}) =>
    services.recordProgress({
      problemId: input.problemId,
      stage: state.stage,
      kind,
      detail,
      dueAt: state.dueAt,
      escalated: state.escalated,
      occurredAt: now().toISOString(),
    });

  /** Moves to a stage; returns its deadline (ISO) so the caller can hand it to the service. */
  const enter = async (stage: ProblemStage, dueInMs: number | null, detail: Detail = {}): Promise<string> => {
    const dueAt = dueInMs === null ? null : new Date(Date.now() + dueInMs).toISOString();
    state.stage = stage;
    state.dueAt = dueAt;
    upsertSearchAttributes([{ key: StageSearchAttribute, value: stage }]);
    await record('stage_entered', detail);
    return dueAt ?? '';
  };

  const overdue = async (kind: string, level: number, detail: Detail = {}) => {
    state.overdue.push({ stage: state.stage, level });
    await record(kind, { level, ...detail });
  };

  const markEscalated = () => {
    if (state.escalated) return;
    state.escalated = true;
    upsertSearchAttributes([{ key: EscalatedSearchAttribute, value: true }]);
  };

  // 群众点单 → 定单要准: screening by the convener and the group leader.
  await record('workflow_started');
  // A duplicate merged into an open problem waits, off the queue, until it is unmerged (and is
  // screened again) or until that problem is settled.
  let screened: WorkflowEvent<'screening.decided'>;
  for (;;) {
    const screeningDue = await enter('screening', input.policy.screeningMs);
    await services.requestScreening({ ...ref, dueAt: screeningDue });
    const answer = await waitWithEscalation<ScreeningOrMerge>(() => screening ?? merge, input.policy.screeningMs, SCREENING_ESCALATION_LEVELS, async (level) => {
      await services.escalateScreening({ problemId: input.problemId, level });
      await overdue('screening_overdue', level);
    });
    if ('suitable' in answer) {
      screened = answer;
      break;
    }
    state.mergedInto = answer.targetProblemId;
    await services.withdrawScreening({ problemId: input.problemId });
    await enter('merged', null, { targetProblemId: answer.targetProblemId, targetReference: answer.targetReference });
    const next = await waitFor<MergeEnd>(() => mergeSettled ?? unmerge);
    if ('targetStage' in next) {
      await record('merge_settled', { targetProblemId: answer.targetProblemId, targetStage: next.targetStage });
      return { stage: 'merged', outcome: null, escalationRungs: [], satisfaction: null };
    }
    await record('unmerged', { targetProblemId: answer.targetProblemId });
    state.mergedInto = null;
    merge = null;
    unmerge = null;
  }
  if (!screened.suitable) {
    state.closedReason = screened.reasonCode;
    await enter('closed_unsuitable', null, { reasonCode: screened.reasonCode, referredTo: screened.referredTo, screenedBy: screened.screenedBy });
    return { stage: 'closed_unsuitable', outcome: null, escalationRungs: [], satisfaction: null };
  }
  await record('screened_suitable', { screenedBy: screened.screenedBy });

  // 委员接单 → 分单要准: members claim by expertise; late claims go to the leader, then the committee.
  const claimingDue = await enter('assignment', input.policy.claimingMs);
  await services.openClaiming({ ...ref, dueAt: claimingDue });
  const formed = await waitWithEscalation(() => team, input.policy.claimingMs, CLAIMING_ESCALATION_LEVELS, async (level) => {
    const nextDue = new Date(Date.now() + input.policy.claimingMs).toISOString();
    await services.escalateClaiming({ problemId: input.problemId, level, dueAt: nextDue });
    await overdue('claiming_overdue', level, { assignTo: level === 1 ? 'group_leader' : 'committee' });
  });
  state.team = { leadMemberId: formed.leadMemberId, memberIds: formed.memberIds };
  await record('team_formed', { leadMemberId: formed.leadMemberId, size: formed.memberIds.length, formedBy: formed.formedBy });

  // 协商解单 → 解单要准: the team consults and concludes.
  const consultationDue = await enter('consultation', input.policy.consultationMs);
  await services.requestConsultation({ ...ref, leadMemberId: formed.leadMemberId, memberIds: formed.memberIds, dueAt: consultationDue });
  const concluded = await waitWithEscalation(() => conclusion, input.policy.consultationMs, CONSULTATION_REMINDERS, (level) =>
    overdue('consultation_overdue', level),
  );
  state.outcome = concluded.outcome;
  await record('consultation_concluded', { outcome: concluded.outcome, form: concluded.form, consultationId: concluded.consultationId });

  if (concluded.outcome === 'referred' && concluded.referral) {
    state.referral = concluded.referral;
    await enter('referral', Math.max(Date.parse(concluded.referral.dueAt) - Date.now(), 0), {
      departmentId: concluded.referral.departmentId,
      referralId: concluded.referral.referralId,
    });
    await runReferralLadder(concluded.referral);
  }

  // 跟进督单 → 归单要准: call the resident back, then write the case up.
  const followUpDue = await enter('follow_up', input.policy.followUpMs);
  await services.requestFollowUp({ ...ref, dueAt: followUpDue });
  const followedUp = await waitWithEscalation(() => followUp, input.policy.followUpMs, FOLLOW_UP_REMINDERS, (level) => overdue('follow_up_overdue', level));
  state.satisfaction = followedUp.satisfaction;
  await record('follow_up_recorded', { satisfaction: state.satisfaction });

  await services.archiveCase({
    ...ref,
    outcome: concluded.outcome,
    leadMemberId: formed.leadMemberId,
    memberIds: formed.memberIds,
    departmentId: state.referral?.departmentId ?? null,
    escalationRungs: state.escalationRungs,
    satisfaction: state.satisfaction,
    submittedAt: input.submittedAt,
    settledAt: now().toISOString(),
  });
  await enter('archived', null);
  return { stage: 'archived', outcome: concluded.outcome, escalationRungs: state.escalationRungs, satisfaction: state.satisfaction };

  /**
   * The department has until the referral's deadline. Reminder before it, urging notice (催办)
   * when it lapses, formal supervision (督办) after that, then democratic supervision (民主监督):
   * a case in the supervision service that a supervisor must resolve.
   */
  async function runReferralLadder(referral: { referralId: string; departmentId: string; dueAt: string }): Promise<void> {
    const due = Date.parse(referral.dueAt);
    const { reminderBeforeMs, formalSupervisionAfterMs, democraticSupervisionAfterMs } = input.policy.referral;
    const ladder: [EscalationRung, number][] = [
      ['reminder', due - reminderBeforeMs],
      ['urging_notice', due],
      ['formal_supervision', due + formalSupervisionAfterMs],
      ['democratic_supervision', due + formalSupervisionAfterMs + democraticSupervisionAfterMs],
    ];
    const responded = () => departmentResponse !== null;
    for (const [rung, at] of ladder) {
      if (await condition(responded, Math.max(at - Date.now(), 1))) break;
      if (responded()) break;
      state.escalationRungs.push(rung);
      if (rung !== 'reminder') markEscalated();
      await services.escalateReferral({ problemId: input.problemId, referralId: referral.referralId, rung });
      await record('escalation_rung', { rung, referralId: referral.referralId, departmentId: referral.departmentId });
      if (rung === 'democratic_supervision') {
        await enter('escalation', null, { referralId: referral.referralId });
        await services.requestSupervisionCase({ ...ref, referralId: referral.referralId, departmentId: referral.departmentId });
        const resolution = await waitFor(() => supervisionResolution);
        await record('supervision_resolved', { supervisionCaseId: resolution.supervisionCaseId });
        return;
      }
    }
    await record('department_responded', { referralId: referral.referralId, departmentId: referral.departmentId });
  }
}
