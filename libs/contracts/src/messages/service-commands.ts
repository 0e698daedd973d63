import { z } from 'zod';
import * as f from './message-fields';

/**
 * What a problem's workflow asks each service to do (workflow → activity → service inbox).
 * Keys are the message patterns the services' @EventPattern handlers listen to.
 */
export const INTAKE_COMMANDS = {
  /** Record a step of the lifecycle in the problem bank (history + current stage). */
  'problem.progressed': f.command.extend({
    stage: f.stage,
    kind: z.string().min(1).max(64),
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
    dueAt: f.isoDateTime.nullable(),
    escalated: z.boolean(),
    occurredAt: f.isoDateTime,
  }),
} as const;

const problemRef = f.command.extend({
  reference: z.string().min(1).max(32),
  category: f.category,
  communityId: f.id,
});

export const ASSIGNMENT_COMMANDS = {
  /** 定单: put the problem in front of the convener and the group leader. */
  'screening.requested': problemRef.extend({ dueAt: f.isoDateTime }),
  /** The problem was merged into another: take it off the screening queue. */
  'screening.withdrawn': f.command,
  /** Screening is late: raise it one level (group leader's superior). */
  'screening.overdue': f.command.extend({ level: z.number().int().min(1) }),
  /** 分单: open the item for members to claim. */
  'claiming.opened': problemRef.extend({ dueAt: f.isoDateTime }),
  /** The problem is settled: the team's item no longer counts in its members' current load. */
  'claiming.closed': f.command,
  /** Nobody claimed in time: level 1 → group leader assigns, level 2 → special committee. */
  'claiming.overdue': f.command.extend({ level: z.number().int().min(1), dueAt: f.isoDateTime }),
} as const;

export const CONSULTATION_COMMANDS = {
  /** 解单: the team starts consulting. */
  'consultation.requested': problemRef.extend({
    /** Sets, with the category, the longest deadline a referral may be given (absent before release 3). */
    urgency: f.urgency.optional(),
    leadMemberId: f.id,
    memberIds: z.array(f.id).min(1),
    dueAt: f.isoDateTime,
    /**
     * Release 4: consult again on a concluded item — the resident was dissatisfied, or a
     * supervisor convened a point-to-point consultation with the department. The key makes the
     * reopening happen once however often the command is delivered.
     */
    reopen: z
      .object({ key: z.string().min(1).max(64), reason: z.enum(['dissatisfied', 'point_to_point']), departmentId: f.id.nullable() })
      .optional(),
  }),
  /** The department is slow: notify it with the next rung of the ladder. */
  'referral.escalated': f.command.extend({ referralId: f.id, rung: f.rung }),
  /**
   * The daily cadence check (a Temporal Schedule): work out who is behind the cadence rule this
   * calendar period, keep the result for the dashboard, tell the conveners and group leaders.
   * Not about one problem: `checkId` (the day, Beijing time) makes it once per day.
   */
  'cadence.check-requested': z.object({ commandId: f.messageId, checkId: z.string().min(1).max(64), asOf: f.isoDateTime }),
} as const;

export const SUPERVISION_COMMANDS = {
  /** 民主监督: open a democratic-supervision case a supervisor must resolve. */
  'supervision-case.requested': problemRef.extend({
    referralId: f.id.nullable(),
    departmentId: f.id.nullable(),
    /** Release 4: absent means democratic supervision of a department (referral and department set). */
    kind: f.supervisionCaseKind.optional(),
    /** The follow-up round whose dissatisfaction opened it (repeated_dissatisfaction). */
    round: f.round.optional(),
    /** Release 4: the workflow names the case, so its actions can be told apart. */
    supervisionCaseId: f.id.optional(),
  }),
  /** A 督办函's deadline passed too: the case rises to the council's leadership (the vice-chair). */
  'supervision-case.raised': f.command.extend({ supervisionCaseId: f.id, noticeId: f.id }),
  /** 跟进督单: call the resident back for satisfaction. */
  'follow-up.requested': problemRef.extend({ dueAt: f.isoDateTime, round: f.round.optional() }),
  /**
   * The resident answered the follow-up question on the public page (intake sends it; it counts
   * as the call-back when none has been recorded yet).
   */
  'follow-up.answered': f.command.extend({ satisfaction: f.satisfaction, round: f.round.optional() }),
  /** 归单: write the settled problem up as a case in the case bank. */
  'case.archive-requested': problemRef.extend({
    outcome: f.outcome,
    leadMemberId: f.id.nullable(),
    memberIds: z.array(f.id),
    departmentId: f.id.nullable(),
    escalationRungs: z.array(f.rung),
    satisfaction: f.satisfaction.nullable(),
    submittedAt: f.isoDateTime,
    settledAt: f.isoDateTime,
    /** Release 4: how it ended (absent: resolved), how often it reopened, the explanation of an unresolved one. */
    result: f.caseResult.optional(),
    reopenCount: f.round.optional(),
    explanation: z.string().min(1).max(2000).nullable().optional(),
  }),
} as const;
