import { patched, proxyActivities, proxyLocalActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import {
  addWorkingDays,
  clockPausedSignal,
  clockResumedSignal,
  consultationConcludedSignal,
  departmentRespondedSignal,
  EscalatedSearchAttribute,
  followUpRecordedSignal,
  problemMergedSignal,
  problemMergeSettledSignal,
  problemStateQuery,
  problemUnmergedSignal,
  referralSteppedSignal,
  screeningDecidedSignal,
  StageSearchAttribute,
  supervisionActedSignal,
  supervisionCaseResolvedSignal,
  teamFormedSignal,
  type ProblemLifecycleActivities,
  type ProblemLifecycleInput,
  type ProblemLifecycleState,
  type ProblemStage,
  type ReferralStep,
  type WorkflowEvent,
} from '@shangliang/contracts/workflow';
import type { StageClock } from './wait-with-escalation';

// Activities only hand a command to a service's queue (a row in the worker's outbox), so they
// are quick; they retry until the database is back rather than failing the problem.
const commandOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
} as const;
const remoteServices = proxyActivities<ProblemLifecycleActivities>(commandOptions);
// Release 5: the same commands as local activities — run by the worker inside the workflow
// task that asks for them, recorded as a marker, with no activity task for the server to
// dispatch and no extra workflow task to take the result back. Recording a command was three
// round trips through Temporal for a millisecond of work; this took about half the server's
// and the worker's work per problem (README, "Benchmark"). Behind a patch taken once per run,
// so runs that started before keep their activity tasks for life.
const localServices = proxyLocalActivities<ProblemLifecycleActivities>(commandOptions);

export type Detail = Record<string, string | number | boolean | null>;
export type Stage = 'screening' | 'claiming' | 'consultation' | 'followUp';

/**
 * What services told the workflow, kept whatever the current stage and consumed when the
 * workflow gets there: a service may answer before the workflow has moved on (a department can
 * respond the moment its referral exists), and signals delivered together run before the main
 * code. Redelivered events (same id) are ignored, and the first answer to a question counts.
 */
export interface LifecycleInbox {
  screening: WorkflowEvent<'screening.decided'> | null;
  team: WorkflowEvent<'team.formed'> | null;
  /** Conclusions in arrival order; each round of consultation takes the first and removes it. */
  conclusions: WorkflowEvent<'consultation.concluded'>[];
  departmentResponses: Map<string, WorkflowEvent<'department.responded'>>;
  /** Release 3: what departments (and the team lead) did with each referral, in arrival order. */
  referralSteps: Map<string, ReferralStep[]>;
  supervisionResolution: WorkflowEvent<'supervision-case.resolved'> | null;
  /** Release 4: supervisors' actions on each supervision case, in arrival order. */
  supervisionActions: Map<string, WorkflowEvent<'supervision.acted'>['action'][]>;
  /** Follow-up answers by round (the first round's events carry no round). */
  followUps: Map<number, WorkflowEvent<'follow-up.recorded'>>;
  mergeRequests: WorkflowEvent<'problem.merged'>[];
  unmerges: Map<string, WorkflowEvent<'problem.unmerged'>>;
  mergesSettled: Map<string, WorkflowEvent<'problem.merge-settled'>>;
}

/** The problem, its state and the steps every stage uses; one per workflow run. */
export interface Lifecycle {
  input: ProblemLifecycleInput;
  services: ProblemLifecycleActivities;
  state: ProblemLifecycleState;
  inbox: LifecycleInbox;
  /** The problem as services know it (no resident data). */
  ref: { problemId: string; reference: string; category: ProblemLifecycleInput['category']; communityId: string };
  now(): Date;
  /** Records a step in the problem bank's history. */
  record(kind: string, detail?: Detail): Promise<void>;
  /**
   * Moves to a stage; returns its deadline (ISO, '' without one). `tell`, the command that hands
   * the stage to its service, is given that deadline and sent with the record (see `together`).
   */
  enter(stage: ProblemStage, dueInMs: number | null, detail?: Detail, tell?: (dueAt: string) => Promise<unknown>): Promise<string>;
  /**
   * Commands to different services, which need no order among them (each service's queue keeps
   * its own): since release 6 they run as local activities side by side, resolved in one round
   * into the workflow instead of one round each — every round is paid again when a workflow that
   * left the worker's cache replays for its next deadline. Runs that recorded them one after the
   * other replay them so (`patched('joined-service-commands')`).
   */
  together(...commands: Array<() => Promise<unknown>>): Promise<void>;
  /** A stage's time limit from now: working days where the policy says so, elapsed time otherwise. */
  limitMs(stage: Stage, elapsedMs: number): number;
  /** A missed deadline: recorded, and the stage gets its next deadline (the next rung). */
  overdue(kind: string, level: number, nextDueInMs: number, detail?: Detail): Promise<void>;
  markEscalated(): void;
  /** The clock of a stage that may wait on the resident. */
  residentClock: StageClock;
}

/** Sets up the state, the signal handlers and the query; call before the first `await`. */
export function startLifecycle(input: ProblemLifecycleInput): Lifecycle {
  const services = patched('local-service-commands') ? localServices : remoteServices;
  const seen = new Set<string>();
  const inbox: LifecycleInbox = {
    screening: null,
    team: null,
    conclusions: [],
    departmentResponses: new Map(),
    referralSteps: new Map(),
    supervisionResolution: null,
    supervisionActions: new Map(),
    followUps: new Map(),
    mergeRequests: [],
    unmerges: new Map(),
    mergesSettled: new Map(),
  };
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

  const fresh = (event: { eventId: string }) => {
    if (seen.has(event.eventId)) return false;
    seen.add(event.eventId);
    return true;
  };
  setHandler(screeningDecidedSignal, (e) => {
    if (fresh(e) && !inbox.screening) inbox.screening = e;
  });
  setHandler(teamFormedSignal, (e) => {
    if (fresh(e) && !inbox.team) inbox.team = e;
  });
  setHandler(consultationConcludedSignal, (e) => {
    if (fresh(e)) inbox.conclusions.push(e);
  });
  setHandler(departmentRespondedSignal, (e) => {
    if (fresh(e) && !inbox.departmentResponses.has(e.referralId)) inbox.departmentResponses.set(e.referralId, e);
  });
  setHandler(referralSteppedSignal, (e) => {
    if (!fresh(e)) return;
    const steps = inbox.referralSteps.get(e.referralId) ?? [];
    steps.push(e.step);
    inbox.referralSteps.set(e.referralId, steps);
  });
  setHandler(supervisionCaseResolvedSignal, (e) => {
    if (fresh(e) && !inbox.supervisionResolution) inbox.supervisionResolution = e;
  });
  setHandler(supervisionActedSignal, (e) => {
    if (!fresh(e)) return;
    const actions = inbox.supervisionActions.get(e.supervisionCaseId) ?? [];
    actions.push(e.action);
    inbox.supervisionActions.set(e.supervisionCaseId, actions);
  });
  setHandler(followUpRecordedSignal, (e) => {
    const round = e.round ?? 0;
    if (fresh(e) && !inbox.followUps.has(round)) inbox.followUps.set(round, e);
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
    if (fresh(e)) inbox.mergeRequests.push(e);
  });
  setHandler(problemUnmergedSignal, (e) => {
    if (fresh(e)) inbox.unmerges.set(e.mergeId, e);
  });
  setHandler(problemMergeSettledSignal, (e) => {
    if (fresh(e)) inbox.mergesSettled.set(e.mergeId, e);
  });
  setHandler(problemStateQuery, () => state);

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

  const lifecycle: Lifecycle = {
    input,
    services,
    state,
    inbox,
    ref: { problemId: input.problemId, reference: input.reference, category: input.category, communityId: input.communityId },
    now,
    record,
    async enter(stage, dueInMs, detail = {}, tell) {
      const dueAt = dueInMs === null ? null : new Date(Date.now() + dueInMs).toISOString();
      state.stage = stage;
      state.dueAt = dueAt;
      // Waiting on the resident belongs to a stage; a new stage starts with its clock running.
      state.waitingOnResident = false;
      upsertSearchAttributes([{ key: StageSearchAttribute, value: stage }]);
      const recorded = () => record('stage_entered', detail);
      await (tell ? lifecycle.together(recorded, () => tell(dueAt ?? '')) : recorded());
      return dueAt ?? '';
    },
    async together(...commands) {
      if (patched('joined-service-commands')) {
        await Promise.all(commands.map((command) => command()));
        return;
      }
      for (const command of commands) await command();
    },
    limitMs(stage, elapsedMs) {
      const days = input.policy.workingDays?.[stage];
      const calendar = input.policy.calendar;
      return days && calendar ? addWorkingDays(Date.now(), days, calendar) - Date.now() : elapsedMs;
    },
    async overdue(kind, level, nextDueInMs, detail = {}) {
      state.overdue.push({ stage: state.stage, level });
      state.dueAt = new Date(Date.now() + nextDueInMs).toISOString();
      await record(kind, { level, ...detail });
    },
    markEscalated() {
      if (state.escalated) return;
      state.escalated = true;
      upsertSearchAttributes([{ key: EscalatedSearchAttribute, value: true }]);
    },
    residentClock: {
      paused: () => state.waitingOnResident === true,
      onResumed: async (remainingMs) => {
        state.dueAt = new Date(Date.now() + remainingMs).toISOString();
        await record('deadline_moved', { remainingMs });
      },
    },
  };
  return lifecycle;
}
