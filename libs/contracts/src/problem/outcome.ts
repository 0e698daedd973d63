/** How a consultation ended (解单). */
export const CONSULTATION_OUTCOMES = ['solved', 'explained', 'referred'] as const;
export type ConsultationOutcome = (typeof CONSULTATION_OUTCOMES)[number];

export const CONSULTATION_FORMS = ['micro', 'thematic', 'point_to_point'] as const;
export type ConsultationForm = (typeof CONSULTATION_FORMS)[number];

/** Rungs of the escalation ladder when a department is slow (12345 practice). */
export const ESCALATION_RUNGS = ['reminder', 'urging_notice', 'formal_supervision', 'democratic_supervision'] as const;
export type EscalationRung = (typeof ESCALATION_RUNGS)[number];

export const ESCALATION_RUNG_LABELS: Record<EscalationRung, { zh: string; en: string }> = {
  reminder: { zh: '到期提醒', en: 'Reminder before the deadline' },
  urging_notice: { zh: '催办', en: 'Urging notice' },
  formal_supervision: { zh: '督办', en: 'Formal supervision' },
  democratic_supervision: { zh: '民主监督', en: 'Democratic supervision' },
};

export const UNSUITABLE_REASONS = [
  'not_public_interest',
  'belongs_to_hotline',
  'belongs_to_department',
  'in_litigation',
  'insufficient_information',
  'duplicate',
] as const;
export type UnsuitableReason = (typeof UNSUITABLE_REASONS)[number];

export const UNSUITABLE_REASON_LABELS: Record<UnsuitableReason, { zh: string; en: string }> = {
  not_public_interest: { zh: '属个人私事，不涉及公共利益', en: 'A private matter with no public interest' },
  belongs_to_hotline: { zh: '请通过12345热线办理', en: 'Handled by the 12345 hotline' },
  belongs_to_department: { zh: '属职能部门职责，已转交', en: "A department's duty; referred to it" },
  in_litigation: { zh: '已进入司法程序', en: 'Already in legal proceedings' },
  insufficient_information: { zh: '信息不足，无法协商', en: 'Not enough information to consult on' },
  duplicate: { zh: '与已有问题重复', en: 'Duplicate of an existing problem' },
};

/** How wide a consultation item is, which sizes its team (分单要准). */
export const TEAM_SCOPES = ['household', 'hard', 'community'] as const;
export type TeamScope = (typeof TEAM_SCOPES)[number];

export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

/**
 * How a follow-up (回访) ended: the resident answered (with a satisfaction level), or could not
 * be reached after the call-back attempts the policy allows (未联系上).
 */
export const FOLLOW_UP_RESULTS = ['answered', 'not_reached'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

/** How an archived problem ended up (归单): settled, archived unresolved after supervision, or the resident not reached. */
export const CASE_RESULTS = ['resolved', 'unresolved', 'not_reached'] as const;
export type CaseResult = (typeof CASE_RESULTS)[number];

/** A dissatisfied resident reopens a problem at most this many times; the next time a supervisor decides. */
export const MAX_REOPENS = 2;

/** What a supervisor concludes on a democratic-supervision case. */
export const SUPERVISION_FINDINGS = ['resolved_after_supervision', 'department_at_fault', 'cannot_be_resolved'] as const;
export type SupervisionFinding = (typeof SUPERVISION_FINDINGS)[number];

export const SUPERVISION_FINDING_LABELS: Record<SupervisionFinding, { zh: string; en: string }> = {
  resolved_after_supervision: { zh: '经监督已解决', en: 'Resolved after supervision' },
  department_at_fault: { zh: '部门履职不到位', en: 'The department was at fault' },
  cannot_be_resolved: { zh: '暂无法解决', en: 'Cannot be resolved for now' },
};

/**
 * Why a supervision case is open: a department that stayed slow after the whole ladder (民主监督),
 * or a resident dissatisfied once more after the reopens allowed.
 */
export const SUPERVISION_CASE_KINDS = ['democratic_supervision', 'repeated_dissatisfaction'] as const;
export type SupervisionCaseKind = (typeof SUPERVISION_CASE_KINDS)[number];
