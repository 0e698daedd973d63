import { defineQuery, defineSignal } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { ProblemCategory, Urgency } from '../problem/category';
import type { ProblemStage } from '../problem/problem-stage';
import type { CaseResult, ConsultationOutcome, EscalationRung, Satisfaction } from '../problem/outcome';
import type { PayloadInputOf, WorkflowEvent, WorkflowEventPattern } from '../messages/message-catalogue';

export const PROBLEM_LIFECYCLE_WORKFLOW = 'problemLifecycle';
export const PROBLEM_LIFECYCLE_TASK_QUEUE = 'problem-lifecycle';

/** One workflow per problem; the id is derived so a redelivered start can never make a second. */
export function problemWorkflowId(problemId: string): string {
  return `problem-${problemId}`;
}

/**
 * Time limits, in milliseconds, resolved from configuration for the problem's category and
 * urgency when the workflow starts. Kept as durations so tests can use seconds.
 */
export interface DeadlinePolicy {
  screeningMs: number;
  claimingMs: number;
  consultationMs: number;
  followUpMs: number;
  /**
   * Stages whose limit counts working days on `calendar` (holidays and 调休 included) rather
   * than elapsed time; the `…Ms` figure is then only the fallback without a calendar.
   */
  workingDays?: Partial<Record<'screening' | 'claiming' | 'consultation' | 'followUp', number>>;
  calendar?: WorkCalendar;
  /** The escalation ladder around a department referral's own deadline. */
  referral: {
    reminderBeforeMs: number;
    formalSupervisionAfterMs: number;
    democraticSupervisionAfterMs: number;
    /**
     * Ladder offsets the policy gives in working days (counted on `calendar`); the `…Ms` figure
     * is then only the fallback without a calendar. Read by runs from release 3 on.
     */
    workingDays?: Partial<Record<'reminderBefore' | 'formalSupervisionAfter' | 'democraticSupervisionAfter', number>>;
  };
}

/** Which dates are worked, in the council's time zone (maintained from the State Council's notice). */
export interface WorkCalendar {
  utcOffsetMinutes: number;
  /** `YYYY-MM-DD` public holidays (days off that would otherwise be worked). */
  holidays: string[];
  /** `YYYY-MM-DD` weekend days that are worked (调休). */
  workdays: string[];
}

export interface ProblemLifecycleInput {
  problemId: string;
  reference: string;
  category: ProblemCategory;
  urgency: Urgency;
  communityId: string;
  communityName: string;
  submittedAt: string;
  policy: DeadlinePolicy;
}

export interface ProblemLifecycleState {
  stage: ProblemStage;
  dueAt: string | null;
  escalated: boolean;
  escalationRungs: EscalationRung[];
  overdue: { stage: ProblemStage; level: number }[];
  team: { leadMemberId: string; memberIds: string[] } | null;
  outcome: ConsultationOutcome | null;
  referral: { referralId: string; departmentId: string; dueAt: string } | null;
  satisfaction: Satisfaction | null;
  closedReason: string | null;
  mergedInto: string | null;
  /** The current stage waits on the resident; its deadline is stopped. */
  waitingOnResident?: boolean;
  /** Release 4: times a dissatisfied resident reopened the problem. */
  reopenCount?: number;
  /** Release 4: how the archived problem ended. */
  result?: CaseResult | null;
}

export interface ProblemLifecycleResult {
  stage: 'archived' | 'closed_unsuitable' | 'merged';
  /** Release 4 (archived problems). */
  result?: CaseResult;
  outcome: ConsultationOutcome | null;
  escalationRungs: EscalationRung[];
  satisfaction: Satisfaction | null;
}

export const screeningDecidedSignal = defineSignal<[WorkflowEvent<'screening.decided'>]>('screeningDecided');
export const teamFormedSignal = defineSignal<[WorkflowEvent<'team.formed'>]>('teamFormed');
export const consultationConcludedSignal = defineSignal<[WorkflowEvent<'consultation.concluded'>]>('consultationConcluded');
export const departmentRespondedSignal = defineSignal<[WorkflowEvent<'department.responded'>]>('departmentResponded');
export const referralSteppedSignal = defineSignal<[WorkflowEvent<'referral.stepped'>]>('referralStepped');
export const supervisionCaseResolvedSignal = defineSignal<[WorkflowEvent<'supervision-case.resolved'>]>('supervisionCaseResolved');
export const supervisionActedSignal = defineSignal<[WorkflowEvent<'supervision.acted'>]>('supervisionActed');
export const followUpRecordedSignal = defineSignal<[WorkflowEvent<'follow-up.recorded'>]>('followUpRecorded');

export const problemMergedSignal = defineSignal<[WorkflowEvent<'problem.merged'>]>('problemMerged');
export const problemUnmergedSignal = defineSignal<[WorkflowEvent<'problem.unmerged'>]>('problemUnmerged');
export const problemMergeSettledSignal = defineSignal<[WorkflowEvent<'problem.merge-settled'>]>('problemMergeSettled');

export const clockPausedSignal = defineSignal<[WorkflowEvent<'clock.paused'>]>('clockPaused');
export const clockResumedSignal = defineSignal<[WorkflowEvent<'clock.resumed'>]>('clockResumed');

export const problemStateQuery = defineQuery<ProblemLifecycleState>('state');

/** Which signal carries each workflow event (all but `problem.submitted`, which starts it). */
export const SIGNAL_FOR_EVENT = {
  'screening.decided': screeningDecidedSignal,
  'team.formed': teamFormedSignal,
  'consultation.concluded': consultationConcludedSignal,
  'department.responded': departmentRespondedSignal,
  'referral.stepped': referralSteppedSignal,
  'supervision-case.resolved': supervisionCaseResolvedSignal,
  'follow-up.recorded': followUpRecordedSignal,
  'supervision.acted': supervisionActedSignal,
  'problem.merged': problemMergedSignal,
  'problem.unmerged': problemUnmergedSignal,
  'problem.merge-settled': problemMergeSettledSignal,
  'clock.paused': clockPausedSignal,
  'clock.resumed': clockResumedSignal,
} as const satisfies Record<Exclude<WorkflowEventPattern, 'problem.submitted'>, unknown>;

/** Search attributes ops filter on in the Temporal Web UI and CLI. */
export const StageSearchAttribute = defineSearchAttributeKey('Stage', SearchAttributeType.KEYWORD);
export const CommunityIdSearchAttribute = defineSearchAttributeKey('CommunityId', SearchAttributeType.KEYWORD);
export const CategorySearchAttribute = defineSearchAttributeKey('Category', SearchAttributeType.KEYWORD);
export const EscalatedSearchAttribute = defineSearchAttributeKey('Escalated', SearchAttributeType.BOOL);

/** `Name=Type` pairs for `temporal server start-dev --search-attribute`. */
export const SEARCH_ATTRIBUTE_REGISTRATIONS = ['Stage=Keyword', 'CommunityId=Keyword', 'Category=Keyword', 'Escalated=Bool'];

type Command<Q extends 'intake' | 'assignment' | 'consultation' | 'supervision', P extends string> = Omit<
  PayloadInputOf<Q, P & keyof import('../messages/message-catalogue').MessageCatalogue[Q] & string>,
  'commandId'
>;

/**
 * Activities the workflow calls: each hands one command to one service's inbox. The command id
 * is derived from the activity's identity, so a retried activity cannot act twice.
 */
export interface ProblemLifecycleActivities {
  recordProgress(command: Command<'intake', 'problem.progressed'>): Promise<void>;
  requestScreening(command: Command<'assignment', 'screening.requested'>): Promise<void>;
  escalateScreening(command: Command<'assignment', 'screening.overdue'>): Promise<void>;
  withdrawScreening(command: Command<'assignment', 'screening.withdrawn'>): Promise<void>;
  openClaiming(command: Command<'assignment', 'claiming.opened'>): Promise<void>;
  escalateClaiming(command: Command<'assignment', 'claiming.overdue'>): Promise<void>;
  closeClaiming(command: Command<'assignment', 'claiming.closed'>): Promise<void>;
  requestConsultation(command: Command<'consultation', 'consultation.requested'>): Promise<void>;
  escalateReferral(command: Command<'consultation', 'referral.escalated'>): Promise<void>;
  requestSupervisionCase(command: Command<'supervision', 'supervision-case.requested'>): Promise<void>;
  raiseSupervisionCase(command: Command<'supervision', 'supervision-case.raised'>): Promise<void>;
  requestFollowUp(command: Command<'supervision', 'follow-up.requested'>): Promise<void>;
  archiveCase(command: Command<'supervision', 'case.archive-requested'>): Promise<void>;
}

/** The council's scheduled checks (cadence), on a task queue of their own. */
export const COUNCIL_CADENCE_TASK_QUEUE = 'council-cadence';
export const CADENCE_CHECK_WORKFLOW = 'cadenceCheck';
/** The Temporal Schedule that runs the cadence check every day (ops see it in the Web UI's Schedules). */
export const CADENCE_CHECK_SCHEDULE_ID = 'cadence-check-daily';

export interface CouncilCadenceActivities {
  requestCadenceCheck(command: Omit<PayloadInputOf<'consultation', 'cadence.check-requested'>, 'commandId'>): Promise<void>;
}
