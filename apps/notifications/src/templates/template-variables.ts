import type { NotificationEventKind } from '@shangliang/contracts';

/** Every variable a template may use. */
export const TEMPLATE_VARIABLES = ['reference', 'community', 'link', 'department', 'dueDate', 'rung', 'level', 'outcome', 'reason', 'trackingCode'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Record<TemplateVariable, string>;

/** Variables every event has. */
const COMMON: readonly TemplateVariable[] = ['reference', 'community', 'link'];
const REFERRAL: readonly TemplateVariable[] = ['department', 'dueDate', 'rung'];

/**
 * What each event provides beyond the common variables. `event-variables.ts` fills exactly these
 * (with a stated placeholder when the step did not say), and the templates may use nothing else.
 */
const BY_KIND: Record<NotificationEventKind, readonly TemplateVariable[]> = {
  'referral.created': REFERRAL,
  'referral.reminder': REFERRAL,
  'referral.urging_notice': REFERRAL,
  'referral.formal_supervision': REFERRAL,
  'referral.democratic_supervision': REFERRAL,
  'referral.extension_requested': ['department', 'dueDate'],
  'referral.extension_decided': ['department', 'dueDate', 'outcome'],
  'referral.returned': ['department', 'reason'],
  'referral.completed': ['department'],
  'referral.completion_rejected': ['department', 'dueDate', 'reason'],
  'screening.overdue': ['level'],
  'claiming.overdue': ['level'],
  'consultation.overdue': ['level'],
  'follow_up.overdue': ['level'],
  'supervision.notice_issued': ['department', 'dueDate'],
  'supervision.raised_to_leadership': ['department'],
  'supervision.point_to_point': ['department'],
  'supervision.notice_answered': ['department'],
  'supervision.finding': ['department', 'outcome'],
  'supervision.closed': ['department'],
  'supervision.another_round': [],
  'supervision.archived_unresolved': [],
  'follow_up.reopened': [],
  'follow_up.repeated_dissatisfaction': [],
  'cadence.locality_behind': ['dueDate'],
  'cadence.group_behind': ['dueDate'],
  'resident.received': ['trackingCode'],
  'resident.screened': ['outcome', 'reason'],
  'resident.concluded': ['outcome'],
  'resident.question': [],
  'resident.follow_up_question': [],
  'resident.reopened': [],
  'resident.archived': [],
};

export function variablesOf(kind: NotificationEventKind): readonly TemplateVariable[] {
  return [...COMMON, ...BY_KIND[kind]];
}
