/**
 * Where a problem is in its lifecycle. The four orders (四单) map onto these stages:
 * 群众点单 → submitted/screening, 委员接单 → assignment, 协商解单 → consultation/referral/escalation,
 * 跟进督单 → follow_up/archived.
 */
export const PROBLEM_STAGES = [
  'submitted',
  'screening',
  'assignment',
  'consultation',
  'referral',
  'escalation',
  'follow_up',
  'archived',
  'closed_unsuitable',
  'merged',
] as const;
export type ProblemStage = (typeof PROBLEM_STAGES)[number];

/** Stages after which nothing more happens to a problem (a merged one may still be unmerged). */
export const TERMINAL_STAGES: readonly ProblemStage[] = ['archived', 'closed_unsuitable'];

/** Plain words for residents, Chinese first. */
export const STAGE_LABELS: Record<ProblemStage, { zh: string; en: string }> = {
  submitted: { zh: '已受理', en: 'Received' },
  screening: { zh: '甄别中', en: 'Being screened' },
  assignment: { zh: '委员接单中', en: 'Council members are taking it on' },
  consultation: { zh: '协商中', en: 'Under consultation' },
  referral: { zh: '已转职能部门办理', en: 'Referred to a government department' },
  escalation: { zh: '民主监督中', en: 'Under democratic supervision' },
  follow_up: { zh: '跟进回访中', en: 'Following up with you' },
  archived: { zh: '已办结归档', en: 'Settled and archived' },
  closed_unsuitable: { zh: '不适合协商，已说明原因', en: 'Not suitable for consultation (reason given)' },
  merged: { zh: '已并入同一问题办理', en: 'Merged into the same problem raised earlier' },
};
