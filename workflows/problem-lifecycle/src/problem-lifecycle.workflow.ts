import { condition, patched, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import {
  consultationConcludedSignal,
  departmentRespondedSignal,
  EscalatedSearchAttribute,
  followUpRecordedSignal,
  clockPausedSignal,
  clockResumedSignal,
  problemMergedSignal,
  problemMergeSettledSignal,
  problemStateQuery,
  problemUnmergedSignal,
  referralSteppedSignal,
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
  addWorkingDays,
} from '@shangliang/contracts';
import { runReferralSteps, type Referral, type ReferralLadderContext, type ReferralSteps } from './referral-steps';
import { type StageClock, waitFor, waitWithEscalation } from './wait-with-escalation';

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
  // Conclusions in arrival order; the first is the one that counts. A problem taken back from a
  // department (release 3) is concluded again, by the next one.
  const conclusions: WorkflowEvent<'consultation.concluded'>[] = [];
  const departmentResponses = new Map<string, WorkflowEvent<'department.responded'>>();
  // Release 3: what departments (and the team lead) did with each referral, in arrival order.
  const referralSteps: ReferralSteps = new Map();
  let supervisionResolution: WorkflowEvent<'supervision-case.resolved'> | null = null;
  let followUp: WorkflowEvent<'follow-up.recorded'> | null = null;
  const mergeRequests: WorkflowEvent<'problem.merged'>[] = [];
  const unmerges = new Map<string, WorkflowEvent<'problem.unmerged'>>();
  const mergesSettled = new Map<string, WorkflowEvent<'problem.merge-settled'>>();

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

  /**
   * Events are kept whatever the current stage and consumed when the workflow gets there: a
   * service may answer before the workflow has moved on (a department can respond the moment
   * its referral exists), and signals delivered together run before the main code. Redelivered
   * events (same id) are ignored, and the first answer to a question is the one that counts.
   */
  const fresh = (event: { eventId: string }) => {
    if (seen.has(event.eventId)) return false;
    seen.add(event.eventId);
    return true;
  };
  setHandler(screeningDecidedSignal, (e) => {
    if (fresh(e) && !screening) screening = e;
  });
  setHandler(teamFormedSignal, (e) => {
    if (fresh(e) && !team) team = e;
  });
  setHandler(consultationConcludedSignal, (e) => {
    if (fresh(e)) conclusions.push(e);
  });
  setHandler(departmentRespondedSignal, (e) => {
    if (fresh(e) && !departmentResponses.has(e.referralId)) departmentResponses.set(e.referralId, e);
  });
  setHandler(referralSteppedSignal, (e) => {
    if (!fresh(e)) return;
    const steps = referralSteps.get(e.referralId) ?? [];
    steps.push(e.step);
    referralSteps.set(e.referralId, steps);
  });
  setHandler(supervisionCaseResolvedSignal, (e) => {
    if (fresh(e) && !supervisionResolution) supervisionResolution = e;
  });
  setHandler(followUpRecordedSignal, (e) => {
    if (fresh(e) && !followUp) followUp = e;
  });
  // Waiting on the resident stops the current stage's deadline (DOMAIN: clocks pause).
  // Release 2: clock events carry intake's order (`seq`); one older than the last applied is
  // stale (a pause that arrives after its own resume) and is ignored. Behind a patch, so runs
  // that started before keep their behaviour on replay; events without `seq` apply as before.
  let lastClockSeq = 0;
  const clockEventInOrder = (e: { seq?: number }) => {
    if (e.seq === undefined || !patched('clock-events-in-order')) return true;
    if (e.seq <= lastClockSeq) return false;
    lastClockSeq = e.seq;
    return true;
  };
  setHandler(clockPausedSignal, (e) => {
    if (!fresh(e) || !clockEventInOrder(e) || state.waitingOnResident) return;
    state.waitingOnResident = true;
    state.dueAt = null;
  });
  setHandler(clockResumedSignal, (e) => {
    if (fresh(e) && clockEventInOrder(e)) state.waitingOnResident = false;
  });
  setHandler(problemMergedSignal, (e) => {
    if (fresh(e)) mergeRequests.push(e);
  });
  setHandler(problemUnmergedSignal, (e) => {
    if (fresh(e)) unmerges.set(e.mergeId, e);
  });
  setHandler(problemMergeSettledSignal, (e) => {
    if (fresh(e)) mergesSettled.set(e.mergeId, e);
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
    // Waiting on the resident belongs to a stage; a new stage starts with its clock running.
    state.waitingOnResident = false;
    upsertSearchAttributes([{ key: StageSearchAttribute, value: stage }]);
    await record('stage_entered', detail);
    return dueAt ?? '';
  };

  /**
   * A stage's time limit from now: working days on the council's calendar where the policy says
   * so (holidays and 调休 counted), elapsed time otherwise.
   */
  const limitMs = (stage: 'screening' | 'claiming' | 'consultation' | 'followUp', elapsedMs: number): number => {
    const days = input.policy.workingDays?.[stage];
    const calendar = input.policy.calendar;
    return days && calendar ? addWorkingDays(Date.now(), days, calendar) - Date.now() : elapsedMs;
  };

  /** The clock of a stage that may wait on the resident. */
  const residentClock: StageClock = {
    paused: () => state.waitingOnResident === true,
    onResumed: async (remainingMs) => {
      state.dueAt = new Date(Date.now() + remainingMs).toISOString();
      await record('deadline_moved', { remainingMs });
    },
  };

  /** A missed deadline: recorded, and the stage gets its next deadline (the next rung). */
  const overdue = async (kind: string, level: number, nextDueInMs: number, detail: Detail = {}) => {
    state.overdue.push({ stage: state.stage, level });
    state.dueAt = new Date(Date.now() + nextDueInMs).toISOString();
    await record(kind, { level, ...detail });
  };

  const markEscalated = () => {
    if (state.escalated) return;
    state.escalated = true;
    upsertSearchAttributes([{ key: EscalatedSearchAttribute, value: true }]);
  };

  // Merging is decided here, not in intake: a merge asked for after the problem was screened
  // is refused (and intake, told so, leaves the problem as it is).
  const refuseLateMerges = async (): Promise<void> => {
    for (;;) {
      await condition(() => screening !== null && mergeRequests.length > 0);
      const refused = mergeRequests.shift() as WorkflowEvent<'problem.merged'>;
      await record('merge_rejected', { mergeId: refused.mergeId, targetProblemId: refused.targetProblemId });
    }
  };
  void refuseLateMerges();

  const ladderContext: ReferralLadderContext = {
    policy: input.policy,
    state,
    steps: referralSteps,
    responded: (referralId) => departmentResponses.has(referralId),
    record,
    climb,
    enterReferral: async (referral) => {
      state.referral = referral;
      await enter('referral', Math.max(Date.parse(referral.dueAt) - Date.now(), 0), { departmentId: referral.departmentId, referralId: referral.referralId });
    },
  };

  // 群众点单 → 定单要准: screening by the convener and the group leader.
  await record('workflow_started');
  // A duplicate merged into an open problem waits, off the queue, until it is unmerged (and is
  // screened again) or until that problem is settled.
  let screened: WorkflowEvent<'screening.decided'>;
  for (;;) {
    const screeningMs = limitMs('screening', input.policy.screeningMs);
    const screeningDue = await enter('screening', screeningMs);
    await services.requestScreening({ ...ref, dueAt: screeningDue });
    const answer = await waitWithEscalation<ScreeningOrMerge>(() => screening ?? mergeRequests[0] ?? null, screeningMs, SCREENING_ESCALATION_LEVELS, async (level) => {
      await services.escalateScreening({ problemId: input.problemId, level });
      await overdue('screening_overdue', level, screeningMs);
    }, residentClock);
    if ('suitable' in answer) {
      screened = answer;
      break;
    }
    mergeRequests.shift();
    const mergeId = answer.mergeId;
    state.mergedInto = answer.targetProblemId;
    await services.withdrawScreening({ problemId: input.problemId });
    await enter('merged', null, { mergeId, targetProblemId: answer.targetProblemId, targetReference: answer.targetReference });
    const next = await waitFor<MergeEnd>(() => mergesSettled.get(mergeId) ?? unmerges.get(mergeId) ?? null);
    if ('targetStage' in next) {
      await record('merge_settled', { mergeId, targetProblemId: answer.targetProblemId, targetStage: next.targetStage });
      return { stage: 'merged', outcome: null, escalationRungs: [], satisfaction: null };
    }
    await record('unmerged', { mergeId, targetProblemId: answer.targetProblemId });
    state.mergedInto = null;
  }
  if (!screened.suitable) {
    state.closedReason = screened.reasonCode;
    await enter('closed_unsuitable', null, { reasonCode: screened.reasonCode, referredTo: screened.referredTo, screenedBy: screened.screenedBy });
    return { stage: 'closed_unsuitable', outcome: null, escalationRungs: [], satisfaction: null };
  }
  await record('screened_suitable', { screenedBy: screened.screenedBy });

  // 委员接单 → 分单要准: members claim by expertise; late claims go to the leader, then the committee.
  const claimingMs = limitMs('claiming', input.policy.claimingMs);
  const claimingDue = await enter('assignment', claimingMs);
  await services.openClaiming({ ...ref, dueAt: claimingDue });
  const formed = await waitWithEscalation(() => team, claimingMs, CLAIMING_ESCALATION_LEVELS, async (level) => {
    const nextDue = new Date(Date.now() + claimingMs).toISOString();
    await services.escalateClaiming({ problemId: input.problemId, level, dueAt: nextDue });
    await overdue('claiming_overdue', level, claimingMs, { assignTo: level === 1 ? 'group_leader' : 'committee' });
  });
  state.team = { leadMemberId: formed.leadMemberId, memberIds: formed.memberIds };
  await record('team_formed', { leadMemberId: formed.leadMemberId, size: formed.memberIds.length, formedBy: formed.formedBy });

  // 协商解单 → 解单要准: the team consults and concludes. From release 3 a department may send
  // a referral back and the team lead take it back to consultation, so this can run again.
  let concluded: WorkflowEvent<'consultation.concluded'>;
  for (;;) {
    const consultationMs = limitMs('consultation', input.policy.consultationMs);
    const consultationDue = await enter('consultation', consultationMs);
    await services.requestConsultation({ ...ref, urgency: input.urgency, leadMemberId: formed.leadMemberId, memberIds: formed.memberIds, dueAt: consultationDue });
    concluded = await waitWithEscalation(() => conclusions[0] ?? null, consultationMs, CONSULTATION_REMINDERS, (level) =>
      overdue('consultation_overdue', level, consultationMs),
      residentClock,
    );
    state.outcome = concluded.outcome;
    await record('consultation_concluded', { outcome: concluded.outcome, form: concluded.form, consultationId: concluded.consultationId });
    if (concluded.outcome !== 'referred' || !concluded.referral) break;
    state.referral = concluded.referral;
    await enter('referral', Math.max(Date.parse(concluded.referral.dueAt) - Date.now(), 0), {
      departmentId: concluded.referral.departmentId,
      referralId: concluded.referral.referralId,
    });
    // Runs recorded before release 3 replay the ladder exactly as it was.
    if (!patched('department-referral-steps')) {
      await runReferralLadder(concluded.referral);
      break;
    }
    const end = await runReferralSteps(concluded.referral, ladderContext);
    if (end !== 'taken_back') break;
    conclusions.shift();
  }

  // 跟进督单 → 归单要准: call the resident back, then write the case up.
  const followUpMs = limitMs('followUp', input.policy.followUpMs);
  const followUpDue = await enter('follow_up', followUpMs);
  await services.requestFollowUp({ ...ref, dueAt: followUpDue });
  const followedUp = await waitWithEscalation(() => followUp, followUpMs, FOLLOW_UP_REMINDERS, (level) =>
    overdue('follow_up_overdue', level, followUpMs),
    residentClock,
  );
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
  // Added after the first version: older histories replay without it (patched), new runs tell
  // the assignment service, so settled items stop counting in members' current load.
  if (patched('tell-assignment-when-settled')) await services.closeClaiming({ problemId: input.problemId });
  await enter('archived', null);
  return { stage: 'archived', outcome: concluded.outcome, escalationRungs: state.escalationRungs, satisfaction: state.satisfaction };

  /**
   * The department has until the referral's deadline. Reminder before it, urging notice (催办)
   * when it lapses, formal supervision (督办) after that, then democratic supervision (民主监督):
   * a case in the supervision service that a supervisor must resolve. Before release 3 (which
   * runs referral-steps.ts instead) one answer from the department stopped it.
   */
  async function runReferralLadder(referral: Referral): Promise<void> {
    const due = Date.parse(referral.dueAt);
    const { reminderBeforeMs, formalSupervisionAfterMs, democraticSupervisionAfterMs } = input.policy.referral;
    const ladder: [EscalationRung, number][] = [
      ['reminder', due - reminderBeforeMs],
      ['urging_notice', due],
      ['formal_supervision', due + formalSupervisionAfterMs],
      ['democratic_supervision', due + formalSupervisionAfterMs + democraticSupervisionAfterMs],
    ];
    const responded = () => departmentResponses.has(referral.referralId);
    for (const [rung, at] of ladder) {
      if (await condition(responded, Math.max(at - Date.now(), 1))) break;
      if (responded()) break;
      await climb(rung, referral);
      if (rung === 'democratic_supervision') return;
    }
    await record('department_responded', { referralId: referral.referralId, departmentId: referral.departmentId });
  }

  /** One rung of the ladder, told to the department; 民主监督 waits for the supervisor. */
  async function climb(rung: EscalationRung, referral: Referral): Promise<void> {
    state.escalationRungs.push(rung);
    if (rung !== 'reminder') markEscalated();
    await services.escalateReferral({ problemId: input.problemId, referralId: referral.referralId, rung });
    await record('escalation_rung', { rung, referralId: referral.referralId, departmentId: referral.departmentId });
    if (rung !== 'democratic_supervision') return;
    await enter('escalation', null, { referralId: referral.referralId });
    await services.requestSupervisionCase({ ...ref, referralId: referral.referralId, departmentId: referral.departmentId });
    const resolution = await waitFor(() => supervisionResolution);
    await record('supervision_resolved', { supervisionCaseId: resolution.supervisionCaseId });
  }
}
