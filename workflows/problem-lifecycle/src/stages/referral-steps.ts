import { condition } from '@temporalio/workflow';
import {
  addWorkingDays,
  workingDaysBefore,
  type DeadlinePolicy,
  type EscalationRung,
  type ProblemLifecycleState,
  type ReferralStep,
} from '@shangliang/contracts/workflow';

export type Referral = { referralId: string; departmentId: string; dueAt: string };
/** Steps signalled for each referral, oldest first, consumed as the ladder applies them. */
export type ReferralSteps = Map<string, ReferralStep[]>;
type Detail = Record<string, string | number | boolean | null>;

/** What the ladder needs from the workflow around it. */
export interface ReferralLadderContext {
  policy: DeadlinePolicy;
  state: ProblemLifecycleState;
  steps: ReferralSteps;
  /** The department answered the old way (`department.responded`, before release 3). */
  responded(referralId: string): boolean;
  record(kind: string, detail: Detail): Promise<void>;
  /** Enters the referral stage for a re-referral to another department. */
  enterReferral(referral: Referral): Promise<void>;
  /** Climbs one rung; democratic supervision returns once a supervisor resolved the case. */
  climb(rung: EscalationRung, referral: Referral): Promise<void>;
}

type LadderEnd = { kind: 'done' } | { kind: 'taken_back' } | { kind: 're_referred'; referral: Referral };

/**
 * The department's side of a referral (release 3): the ladder reflects what it did. Signing and
 * progress notes are recorded and change nothing; an approved extension moves the remaining
 * rungs; sending it back or completing it stops the ladder until the team lead decides — a
 * re-referral starts a new ladder for another department, taking it back returns the problem
 * to consultation, a rejected completion resumes the ladder where it was.
 */
export async function runReferralSteps(first: Referral, ctx: ReferralLadderContext): Promise<'done' | 'taken_back'> {
  let referral = first;
  for (;;) {
    const end = await runLadder(referral, ctx);
    if (end.kind !== 're_referred') return end.kind;
    referral = end.referral;
    await ctx.enterReferral(referral);
  }
}

/** When each rung falls for a department deadline `dueMs`; working days where the policy says so. */
export function rungTimes(dueMs: number, policy: DeadlinePolicy): [EscalationRung, number][] {
  const { reminderBeforeMs, formalSupervisionAfterMs, democraticSupervisionAfterMs, workingDays = {} } = policy.referral;
  const calendar = policy.calendar;
  const after = (fromMs: number, ms: number, days?: number) => (days && calendar ? addWorkingDays(fromMs, days, calendar) : fromMs + ms);
  const reminder = workingDays.reminderBefore && calendar ? workingDaysBefore(dueMs, workingDays.reminderBefore, calendar) : dueMs - reminderBeforeMs;
  const formal = after(dueMs, formalSupervisionAfterMs, workingDays.formalSupervisionAfter);
  return [
    ['reminder', reminder],
    ['urging_notice', dueMs],
    ['formal_supervision', formal],
    ['democratic_supervision', after(formal, democraticSupervisionAfterMs, workingDays.democraticSupervisionAfter)],
  ];
}

async function runLadder(referral: Referral, ctx: ReferralLadderContext): Promise<LadderEnd> {
  const { referralId, departmentId } = referral;
  let dueMs = Date.parse(referral.dueAt);
  let nextRung = 0;
  // The ladder stops while the team lead decides on a return or a completion, and while the
  // problem waits on the resident; the department's time left is kept for when it runs again.
  let awaitingLead: 'return' | 'completion' | null = null;
  let stoppedAt: number | null = null;
  const queue = () => ctx.steps.get(referralId) ?? [];
  const stopped = () => awaitingLead !== null || ctx.state.waitingOnResident === true;
  const setDue = (ms: number) => {
    dueMs = ms;
    const dueAt = new Date(ms).toISOString();
    ctx.state.dueAt = dueAt;
    ctx.state.referral = { referralId, departmentId, dueAt };
  };

  /** Applies one step; returns how the ladder ends, or null when it goes on. */
  const apply = async (step: ReferralStep): Promise<LadderEnd | null> => {
    switch (step.kind) {
      case 'signed':
        await ctx.record('referral_signed', { referralId, departmentId, handlerName: step.handlerName });
        return null;
      case 'progress_noted':
        await ctx.record('referral_progress_noted', { referralId, departmentId, note: step.note });
        return null;
      case 'extension_requested':
        await ctx.record('referral_extension_requested', { referralId, departmentId, reason: step.reason, newDueAt: step.newDueAt });
        return null;
      case 'extension_decided': {
        const approved = step.approved && step.newDueAt !== null;
        if (approved) {
          setDue(Date.parse(step.newDueAt as string));
          // A pause already under way does not add to the new date the team lead just set.
          if (stoppedAt !== null) stoppedAt = Date.now();
        }
        await ctx.record('referral_extension_decided', { referralId, departmentId, approved, newDueAt: approved ? step.newDueAt : null });
        return null;
      }
      case 'returned':
        awaitingLead = 'return';
        await ctx.record('referral_returned', { referralId, departmentId, reason: step.reason });
        return null;
      case 're_referred':
        // The consultation service allows these only after a return; a stray one changes nothing.
        return awaitingLead === 'return' ? { kind: 're_referred', referral: step.referral } : null;
      case 'taken_back':
        if (awaitingLead !== 'return') return null;
        await ctx.record('referral_taken_back', { referralId, departmentId });
        return { kind: 'taken_back' };
      case 'completed':
        awaitingLead = 'completion';
        await ctx.record('referral_completed', { referralId, departmentId, photoCount: step.photoCount });
        return null;
      case 'completion_confirmed':
        if (awaitingLead !== 'completion') return null;
        await ctx.record('referral_completion_confirmed', { referralId, departmentId });
        return { kind: 'done' };
      case 'completion_rejected':
        if (awaitingLead !== 'completion') return null;
        awaitingLead = null;
        await ctx.record('referral_completion_rejected', { referralId, departmentId, reason: step.reason });
        return null;
    }
  };

  for (;;) {
    while (queue().length > 0) {
      const end = await apply(queue().shift() as ReferralStep);
      if (end) return end;
    }
    if (ctx.responded(referralId)) {
      await ctx.record('department_responded', { referralId, departmentId });
      return { kind: 'done' };
    }
    const woken = () => queue().length > 0 || ctx.responded(referralId);
    if (stopped()) {
      stoppedAt ??= Date.now();
      await condition(() => woken() || !stopped());
      continue;
    }
    if (stoppedAt !== null) {
      setDue(dueMs + (Date.now() - stoppedAt));
      stoppedAt = null;
      await ctx.record('deadline_moved', { referralId, dueAt: ctx.state.dueAt });
    }
    const [rung, at] = rungTimes(dueMs, ctx.policy)[nextRung];
    if (await condition(() => woken() || stopped(), Math.max(at - Date.now(), 1))) continue;
    nextRung++;
    await ctx.climb(rung, referral);
    if (rung === 'democratic_supervision') return { kind: 'done' };
  }
}
