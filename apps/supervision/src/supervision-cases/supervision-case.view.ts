import { CATEGORY_LABELS, type ProblemCategory } from '@shangliang/contracts';
import type { SupervisionCaseRecord } from './supervision-case.repository';

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
    status: c.status,
    openedAt: c.openedAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    resolvedBy: c.resolvedBy,
    resolution: c.resolution,
  };
}
