import { CATEGORY_LABELS, ESCALATION_RUNG_LABELS, type EscalationRung, type ProblemCategory } from '@shangliang/contracts';
import type { CaseRecord } from './case.repository';

/** A case in the case bank, with labels so the console can show it as is. */
export function caseView(c: CaseRecord) {
  return {
    id: c.id,
    problemId: c.problemId,
    reference: c.reference,
    title: c.title ?? c.reference,
    writeUp: c.writeUp,
    typical: c.typical,
    category: c.category,
    categoryLabel: CATEGORY_LABELS[c.category as ProblemCategory] ?? null,
    communityId: c.communityId,
    outcome: c.outcome,
    outcomeNote: c.outcomeNote,
    leadMemberId: c.leadMemberId,
    memberIds: c.memberIds,
    departmentId: c.departmentId,
    escalationRungs: c.escalationRungs.map((rung) => ({ rung, label: ESCALATION_RUNG_LABELS[rung as EscalationRung] ?? null })),
    satisfaction: c.satisfaction,
    /** How it ended (resolved, unresolved after supervision, resident not reached) and how often it reopened. */
    result: c.result,
    reopenCount: c.reopenCount,
    explanation: c.explanation,
    submittedAt: c.submittedAt.toISOString(),
    settledAt: c.settledAt.toISOString(),
    archivedAt: c.archivedAt.toISOString(),
    imported: c.imported,
  };
}
