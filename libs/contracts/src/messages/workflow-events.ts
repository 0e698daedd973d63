import { z } from 'zod';
import * as f from './message-fields';

/**
 * What services tell a problem's workflow. Services write these to their outbox in the same
 * transaction as the decision; the relay puts them on the `workflow-events` queue and the
 * worker's gateway turns each into a workflow start or signal.
 */
/**
 * The order of a problem's clock events (pause, resume, pause, …), counted by intake: the
 * workflow applies only an event newer than the last it applied, so a resume overtaken by its
 * pause can never leave the clock stopped. Optional: events published before it existed.
 */
const clockSeq = z.number().int().min(1).optional();

/** A reason or note a person wrote; history entries carry it, so it stays short. */
const note = z.string().min(1).max(2000);

/**
 * What a department (and the team lead deciding on its requests) did with a referral (the 12345
 * 交办 loop): each is one step the workflow records and that may move the ladder.
 */
export const REFERRAL_STEP = z.discriminatedUnion('kind', [
  /** 签收: the department signed for it, naming who handles it. */
  z.object({ kind: z.literal('signed'), handlerName: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('progress_noted'), note }),
  z.object({ kind: z.literal('extension_requested'), reason: note, newDueAt: f.isoDateTime }),
  /** The team lead's answer; an approval moves the ladder's remaining rungs to `newDueAt`. */
  z.object({ kind: z.literal('extension_decided'), approved: z.boolean(), newDueAt: f.isoDateTime.nullable() }),
  /** 退回: not this department's responsibility; the ladder stops until the team lead decides. */
  z.object({ kind: z.literal('returned'), reason: note }),
  /** The team lead refers a returned problem to another department: a new referral, a new ladder. */
  z.object({ kind: z.literal('re_referred'), referral: z.object({ referralId: f.id, departmentId: f.id, dueAt: f.isoDateTime }) }),
  /** The team lead takes a returned problem back to consultation. */
  z.object({ kind: z.literal('taken_back') }),
  /** 办结: done, with the result and evidence photos; waits for the team lead's confirmation. */
  z.object({ kind: z.literal('completed'), photoCount: z.number().int().min(0).max(20) }),
  z.object({ kind: z.literal('completion_confirmed') }),
  /** Not done after all: the ladder resumes where it was. */
  z.object({ kind: z.literal('completion_rejected'), reason: note }),
]);
export type ReferralStep = z.output<typeof REFERRAL_STEP>;
export type ReferralStepKind = ReferralStep['kind'];

/**
 * What a supervisor (or, for a 督办函, the department) did on a supervision case (release 4).
 * Reasons and measures stay in the supervision service; the workflow needs only what moves it.
 */
export const SUPERVISION_ACTION = z.discriminatedUnion('kind', [
  /** 督办函: a supervision notice to the department with its own deadline; missed → the council's leadership. */
  z.object({ kind: z.literal('notice_issued'), noticeId: f.id, dueAt: f.isoDateTime }),
  /** The department answered the notice in time. */
  z.object({ kind: z.literal('notice_answered'), noticeId: f.id }),
  /** 点对点协商: back to consultation, with the department at the table. */
  z.object({ kind: z.literal('point_to_point'), departmentId: f.id }),
  /** A structured finding (the reasons and agreed measures are kept by the supervision service). */
  z.object({ kind: z.literal('finding'), finding: f.supervisionFinding }),
  /** The supervisor closes the case: on to follow-up. */
  z.object({ kind: z.literal('closed') }),
  /** After repeated dissatisfaction: one more round of consultation. */
  z.object({ kind: z.literal('another_round') }),
  /** After repeated dissatisfaction: archive as unresolved, with an explanation the resident reads. */
  z.object({ kind: z.literal('archive_unresolved'), explanation: note }),
]);
export type SupervisionAction = z.output<typeof SUPERVISION_ACTION>;
export type SupervisionActionKind = SupervisionAction['kind'];

export const WORKFLOW_EVENTS = {
  'problem.submitted': f.event.extend({
    reference: z.string().min(1).max(32),
    category: f.category,
    urgency: f.urgency,
    communityId: f.id,
    communityName: z.string().min(1).max(100),
    submittedAt: f.isoDateTime,
  }),
  'screening.decided': f.event.extend({
    suitable: z.boolean(),
    reasonCode: f.unsuitableReason.nullable(),
    referredTo: z.string().max(200).nullable(),
    screenedBy: f.id,
  }),
  'team.formed': f.event.extend({
    leadMemberId: f.id,
    memberIds: z.array(f.id).min(1).max(60),
    formedBy: z.enum(['claim', 'group_leader', 'committee']),
  }),
  'consultation.concluded': f.event.extend({
    consultationId: f.id,
    outcome: f.outcome,
    form: f.consultationForm,
    referral: z.object({ referralId: f.id, departmentId: f.id, dueAt: f.isoDateTime }).nullable(),
  }),
  'department.responded': f.event.extend({ referralId: f.id }),
  /** One step of the department's side of a referral (release 3; see REFERRAL_STEP). */
  'referral.stepped': f.event.extend({ referralId: f.id, step: REFERRAL_STEP }),
  'supervision-case.resolved': f.event.extend({ supervisionCaseId: f.id }),
  /**
   * The follow-up of one round (absent: the first) ended: answered with a satisfaction level, or
   * the resident was not reached (release 4; no satisfaction then).
   */
  'follow-up.recorded': f.event.extend({ satisfaction: f.satisfaction.nullable(), round: f.round.optional(), result: f.followUpResult.optional() }),
  'supervision.acted': f.event.extend({ supervisionCaseId: f.id, action: SUPERVISION_ACTION }),
  /** The stage waits on the resident (more information, a visit): its deadline stops. */
  'clock.paused': f.event.extend({ reason: z.string().min(1).max(200), seq: clockSeq }),
  /** The resident answered (or staff resumed): the deadline runs again. */
  'clock.resumed': f.event.extend({ by: z.enum(['resident', 'staff']), seq: clockSeq }),
  /** Staff merged this problem (a duplicate, still being screened) into an open one. */
  'problem.merged': f.event.extend({ mergeId: f.id, targetProblemId: f.id, targetReference: z.string().min(1).max(32) }),
  /** Staff undid the merge: the problem is screened on its own again. */
  'problem.unmerged': f.event.extend({ mergeId: f.id }),
  /** The problem this one was merged into is settled, so this one is done too. */
  'problem.merge-settled': f.event.extend({ mergeId: f.id, targetStage: f.stage }),
} as const;
