/**
 * Who is told what — the one place that says it (the README's table is this, in prose).
 *
 * A problem's recorded steps (the `problem.progressed` feed, see notification-events.ts) are
 * mapped to notification events by `notificationEventOf`; each event has audiences, and for an
 * escalation that rises, audiences by level. The notifications service resolves an audience to
 * people (staff accounts, a department's configured channels, consenting residents) and sends
 * on each person's channels. Plain data with no dependencies: the console shows it too.
 */

export const NOTIFICATION_AUDIENCES = [
  'department', // the referred department, on the channels configured for it
  'team_lead', // the member leading the problem's team
  'group_leader', // the leader of the member group serving the problem's community
  'convener', // the convener of the problem's locality (township or street)
  'committee', // the special committee over that group
  'vice_chair', // the vice-chair over that committee
  'supervisors', // the council's supervisors
  'callers_back', // staff who call the resident back (the locality's convener, the group leader)
  'resident', // reporters who consented to texts (SMS only, quiet hours respected)
] as const;
export type NotificationAudience = (typeof NOTIFICATION_AUDIENCES)[number];

export const NOTIFICATION_EVENTS_TOLD = [
  'referral.created',
  'referral.reminder',
  'referral.urging_notice',
  'referral.formal_supervision',
  'referral.democratic_supervision',
  'referral.extension_requested',
  'referral.extension_decided',
  'referral.returned',
  'referral.completed',
  'referral.completion_rejected',
  'screening.overdue',
  'claiming.overdue',
  'consultation.overdue',
  'follow_up.overdue',
  'supervision.notice_issued',
  'supervision.raised_to_leadership',
  'supervision.point_to_point',
  'supervision.notice_answered',
  'supervision.finding',
  'supervision.closed',
  'supervision.another_round',
  'supervision.archived_unresolved',
  'follow_up.reopened',
  'follow_up.repeated_dissatisfaction',
  'cadence.locality_behind',
  'cadence.group_behind',
  'resident.received',
  'resident.screened',
  'resident.concluded',
  'resident.question',
  'resident.follow_up_question',
  'resident.reopened',
  'resident.archived',
] as const;
export type NotificationEventKind = (typeof NOTIFICATION_EVENTS_TOLD)[number];

export interface NotificationRule {
  /** Who is told; for an escalation that rises, `byLevel[level - 1]` (the last entry beyond). */
  audiences: readonly NotificationAudience[];
  byLevel?: readonly (readonly NotificationAudience[])[];
  zh: string;
  en: string;
}

export const WHO_IS_TOLD: Record<NotificationEventKind, NotificationRule> = {
  'referral.created': { audiences: ['department', 'team_lead'], zh: '交办给部门', en: 'Referred to a department' },
  'referral.reminder': { audiences: ['department', 'team_lead'], zh: '到期提醒', en: 'Reminder before the deadline' },
  'referral.urging_notice': { audiences: ['department', 'team_lead'], zh: '催办', en: 'Urging notice' },
  'referral.formal_supervision': {
    audiences: ['department', 'team_lead', 'supervisors'],
    zh: '督办',
    en: 'Formal supervision',
  },
  'referral.democratic_supervision': {
    audiences: ['department', 'team_lead', 'supervisors'],
    zh: '民主监督',
    en: 'Democratic supervision',
  },
  'referral.extension_requested': { audiences: ['team_lead'], zh: '部门申请延期', en: 'The department asks for more time' },
  'referral.extension_decided': { audiences: ['department'], zh: '延期申请已处理', en: 'Extension decided' },
  'referral.returned': { audiences: ['team_lead'], zh: '部门退回', en: 'The department sent the referral back' },
  'referral.completed': { audiences: ['team_lead'], zh: '部门办结，待确认', en: 'The department completed it; confirm' },
  'referral.completion_rejected': { audiences: ['department'], zh: '办结未通过，继续办理', en: 'Completion not accepted' },
  'screening.overdue': {
    audiences: ['convener'],
    byLevel: [['convener', 'committee'], ['convener', 'committee', 'vice_chair']],
    zh: '定单超时',
    en: 'Screening overdue',
  },
  'claiming.overdue': {
    audiences: ['group_leader'],
    byLevel: [['group_leader'], ['group_leader', 'committee']],
    zh: '接单超时',
    en: 'Claiming overdue',
  },
  'consultation.overdue': { audiences: ['team_lead', 'group_leader'], zh: '协商超时', en: 'Consultation overdue' },
  'follow_up.overdue': { audiences: ['callers_back'], zh: '回访超时', en: 'Follow-up overdue' },
  'supervision.notice_issued': { audiences: ['department', 'team_lead', 'supervisors'], zh: '督办函', en: 'Supervision notice' },
  'supervision.raised_to_leadership': { audiences: ['vice_chair', 'supervisors'], zh: '督办函逾期，提交分管主席', en: 'Notice missed: raised to the vice-chair' },
  'supervision.point_to_point': { audiences: ['department', 'team_lead', 'group_leader'], zh: '点对点协商', en: 'Point-to-point consultation' },
  'supervision.notice_answered': { audiences: ['supervisors', 'team_lead'], zh: '部门已答复督办函', en: 'The department answered the notice' },
  'supervision.finding': { audiences: ['department', 'team_lead', 'supervisors'], zh: '民主监督结论', en: 'Supervision finding' },
  'supervision.closed': { audiences: ['department', 'team_lead', 'supervisors'], zh: '民主监督结案', en: 'Supervision case closed' },
  'supervision.another_round': { audiences: ['team_lead', 'group_leader'], zh: '监督员决定再协商一轮', en: 'A supervisor ordered another round' },
  'supervision.archived_unresolved': { audiences: ['team_lead', 'group_leader', 'supervisors'], zh: '说明后按未解决归档', en: 'Archived as unresolved' },
  'follow_up.reopened': { audiences: ['team_lead', 'group_leader'], zh: '群众不满意，重新协商', en: 'Resident dissatisfied: consult again' },
  'follow_up.repeated_dissatisfaction': { audiences: ['supervisors', 'group_leader'], zh: '多次不满意，请监督员决定', en: 'Dissatisfied again: a supervisor decides' },
  'resident.received': { audiences: ['resident'], zh: '已受理（查询码）', en: 'Received (tracking code)' },
  'resident.screened': { audiences: ['resident'], zh: '审核结果', en: 'Screening result' },
  'resident.concluded': { audiences: ['resident'], zh: '协商结果', en: 'Consultation outcome' },
  'resident.question': { audiences: ['resident'], zh: '工作人员提问', en: 'A question from staff' },
  'resident.follow_up_question': { audiences: ['resident'], zh: '满意度回访', en: 'The follow-up question' },
  'cadence.locality_behind': { audiences: ['convener'], zh: '召集人活动未达频次', en: 'Convener activity behind the cadence rule' },
  'cadence.group_behind': { audiences: ['group_leader'], zh: '委员小组活动未达频次', en: 'Member group behind the cadence rule' },
  'resident.reopened': { audiences: ['resident'], zh: '已重新协商', en: 'Consulted on again' },
  'resident.archived': { audiences: ['resident'], zh: '已归档', en: 'Archived' },
};

/** The audiences of an event at an escalation level (1, 2, …; levels past the table use its last). */
export function audiencesOf(kind: NotificationEventKind, level?: number): readonly NotificationAudience[] {
  const rule = WHO_IS_TOLD[kind];
  if (!rule.byLevel || !level) return rule.audiences;
  return rule.byLevel[Math.min(level, rule.byLevel.length) - 1];
}

type Detail = Record<string, string | number | boolean | null>;

/**
 * The notification event of a recorded step, or null when nobody is told of it. The workflow's
 * step kinds are its history vocabulary (problem-lifecycle.workflow.ts).
 */
export function notificationEventOf(step: { stage: string; kind: string; detail: Detail }): NotificationEventKind | null {
  const { stage, kind, detail } = step;
  if (kind === 'stage_entered') {
    switch (stage) {
      case 'referral':
        return 'referral.created'; // also each re-referral to another department
      case 'assignment':
      case 'closed_unsuitable':
        return 'resident.screened';
      case 'follow_up':
        return 'resident.follow_up_question';
      case 'archived':
        return 'resident.archived';
      case 'consultation':
        return detail.reopenReason === 'dissatisfied' ? 'resident.reopened' : null;
      case 'escalation':
        return detail.kind === 'repeated_dissatisfaction' ? 'follow_up.repeated_dissatisfaction' : null;
      default:
        return null;
    }
  }
  switch (kind) {
    case 'workflow_started':
      return 'resident.received';
    case 'consultation_concluded':
      return 'resident.concluded';
    case 'escalation_rung':
      return `referral.${String(detail.rung)}` in WHO_IS_TOLD ? (`referral.${String(detail.rung)}` as NotificationEventKind) : null;
    case 'screening_overdue':
      return 'screening.overdue';
    case 'claiming_overdue':
      return 'claiming.overdue';
    case 'consultation_overdue':
      return 'consultation.overdue';
    case 'follow_up_overdue':
      return 'follow_up.overdue';
    case 'referral_extension_requested':
      return 'referral.extension_requested';
    case 'referral_extension_decided':
      return 'referral.extension_decided';
    case 'referral_returned':
      return 'referral.returned';
    case 'referral_completed':
      return 'referral.completed';
    case 'referral_completion_rejected':
      return 'referral.completion_rejected';
    case 'supervision_notice_issued':
      return 'supervision.notice_issued';
    case 'supervision_raised_to_leadership':
      return 'supervision.raised_to_leadership';
    case 'supervision_point_to_point':
      return 'supervision.point_to_point';
    case 'supervision_notice_answered':
      return 'supervision.notice_answered';
    case 'supervision_finding':
      return 'supervision.finding';
    case 'supervision_resolved':
      return 'supervision.closed';
    case 'supervision_another_round':
      return 'supervision.another_round';
    case 'supervision_archived_unresolved':
      return 'supervision.archived_unresolved';
    case 'reopened':
      return 'follow_up.reopened';
    default:
      return null;
  }
}
