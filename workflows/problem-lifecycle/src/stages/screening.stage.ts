import { condition } from '@temporalio/workflow';
import type { ProblemLifecycleResult, WorkflowEvent } from '@shangliang/contracts/workflow';
import type { Lifecycle } from '../lifecycle/lifecycle-context';
import { waitFor, waitWithEscalation } from '../lifecycle/wait-with-escalation';

/** How many times late screening escalates before it simply waits (leader → committee). */
const SCREENING_ESCALATION_LEVELS = 2;

type ScreeningOrMerge = WorkflowEvent<'screening.decided'> | WorkflowEvent<'problem.merged'>;
type MergeEnd = WorkflowEvent<'problem.merge-settled'> | WorkflowEvent<'problem.unmerged'>;

/**
 * 群众点单 → 定单要准: the convener and the group leader screen the problem. Returns the decision
 * for a suitable problem, or how the workflow ends (unsuitable, or merged into another that
 * was settled). A duplicate merged into an open problem waits, off the queue, until it is
 * unmerged (and is screened again) or until that problem is settled.
 */
export async function screen(lc: Lifecycle): Promise<WorkflowEvent<'screening.decided'> | ProblemLifecycleResult> {
  const { input, inbox, state, services } = lc;
  for (;;) {
    const screeningMs = lc.limitMs('screening', input.policy.screeningMs);
    await lc.enter('screening', screeningMs, {}, (dueAt) => services.requestScreening({ ...lc.ref, dueAt }));
    const answer = await waitWithEscalation<ScreeningOrMerge>(() => inbox.screening ?? inbox.mergeRequests[0] ?? null, screeningMs, SCREENING_ESCALATION_LEVELS, (level) =>
      lc.together(
        () => services.escalateScreening({ problemId: input.problemId, level }),
        () => lc.overdue('screening_overdue', level, screeningMs),
      ), lc.residentClock);
    if ('suitable' in answer) return screened(lc, answer);
    inbox.mergeRequests.shift();
    const mergeId = answer.mergeId;
    state.mergedInto = answer.targetProblemId;
    await services.withdrawScreening({ problemId: input.problemId });
    await lc.enter('merged', null, { mergeId, targetProblemId: answer.targetProblemId, targetReference: answer.targetReference });
    const next = await waitFor<MergeEnd>(() => inbox.mergesSettled.get(mergeId) ?? inbox.unmerges.get(mergeId) ?? null);
    if ('targetStage' in next) {
      await lc.record('merge_settled', { mergeId, targetProblemId: answer.targetProblemId, targetStage: next.targetStage });
      return { stage: 'merged', outcome: null, escalationRungs: [], satisfaction: null };
    }
    await lc.record('unmerged', { mergeId, targetProblemId: answer.targetProblemId });
    state.mergedInto = null;
  }
}

async function screened(lc: Lifecycle, decision: WorkflowEvent<'screening.decided'>): Promise<WorkflowEvent<'screening.decided'> | ProblemLifecycleResult> {
  if (!decision.suitable) {
    lc.state.closedReason = decision.reasonCode;
    await lc.enter('closed_unsuitable', null, { reasonCode: decision.reasonCode, referredTo: decision.referredTo, screenedBy: decision.screenedBy });
    return { stage: 'closed_unsuitable', outcome: null, escalationRungs: [], satisfaction: null };
  }
  await lc.record('screened_suitable', { screenedBy: decision.screenedBy });
  return decision;
}

/**
 * Merging is decided here, not in intake: a merge asked for after the problem was screened is
 * refused (and intake, told so, leaves the problem as it is). Runs beside the main flow.
 */
export async function refuseLateMerges(lc: Lifecycle): Promise<void> {
  for (;;) {
    await condition(() => lc.inbox.screening !== null && lc.inbox.mergeRequests.length > 0);
    const refused = lc.inbox.mergeRequests.shift() as WorkflowEvent<'problem.merged'>;
    await lc.record('merge_rejected', { mergeId: refused.mergeId, targetProblemId: refused.targetProblemId });
  }
}
