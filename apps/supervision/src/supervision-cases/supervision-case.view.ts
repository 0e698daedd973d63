import { CATEGORY_LABELS, SUPERVISION_FINDING_LABELS, type ProblemCategory, type SupervisionFinding } from '@shangliang/contracts';
import type { SupervisionCaseRecord, SupervisionCaseDetail } from './supervision-case.repository';
import { ACTIONS_BY_CASE_KIND } from './supervision-action.command';

export function supervisionCaseView(c: SupervisionCaseRecord) {
  return {
    id: c.id,
    problemId: c.problemId,
    referralId: c.referralId,
    reference: c.reference,
    category: c.category,
    categoryLabel: CATEGORY_LABELS[c.category as ProblemCategory] ?? null,
    communityId: c.communityId,
    departmentId: c.departmentId,
    kind: c.kind,
    round: c.round,
    level: c.level,
    raisedAt: c.raisedAt?.toISOString() ?? null,
    status: c.status,
    openedAt: c.openedAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    resolvedBy: c.resolvedBy,
    resolution: c.resolution,
    decision: c.decision,
    explanation: c.explanation,
    finding: c.finding,
    findingLabel: c.finding ? (SUPERVISION_FINDING_LABELS[c.finding as SupervisionFinding] ?? null) : null,
    findingReasons: c.findingReasons,
    findingMeasures: c.findingMeasures,
    /** What a supervisor may still do on it (empty once closed, or for a case opened before actions existed). */
    actions: c.status === 'open' && c.acts ? (ACTIONS_BY_CASE_KIND[c.kind] ?? []) : [],
  };
}

export function supervisionCaseDetailView(c: SupervisionCaseDetail) {
  return {
    ...supervisionCaseView(c),
    notices: c.notices.map((n) => ({
      id: n.id,
      departmentId: n.departmentId,
      text: n.text,
      dueAt: n.dueAt.toISOString(),
      status: n.status,
      issuedBy: n.issuedBy,
      issuedAt: n.issuedAt.toISOString(),
      answer: n.answer,
      answeredAt: n.answeredAt?.toISOString() ?? null,
    })),
    timeline: c.actions.map((a) => ({ kind: a.kind, detail: a.detail, staffId: a.staffId, occurredAt: a.occurredAt.toISOString() })),
  };
}
