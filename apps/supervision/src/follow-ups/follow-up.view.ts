import { CATEGORY_LABELS, type ProblemCategory } from '@shangliang/contracts';
import type { FollowUpRecord } from './follow-up.repository';

export function followUpView(f: FollowUpRecord) {
  return {
    problemId: f.problemId,
    reference: f.reference,
    category: f.category,
    categoryLabel: CATEGORY_LABELS[f.category as ProblemCategory] ?? null,
    communityId: f.communityId,
    status: f.status,
    dueAt: f.dueAt.toISOString(),
    satisfaction: f.satisfaction,
    note: f.note,
    recordedBy: f.recordedBy,
    recordedAt: f.recordedAt?.toISOString() ?? null,
    createdAt: f.createdAt.toISOString(),
    round: f.round,
    attempts: f.attempts,
    result: f.result,
    reason: f.reason,
  };
}
