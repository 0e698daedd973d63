import { chinaDayOf } from '../calendar-date';
import type { SuggestionRecord } from './suggestion.repository';

export const SUGGESTION_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  under_review: '待审核',
  approved: '已审核',
  submitted: '已报送',
  withdrawn: '已撤回',
};
export const ADOPTION_LABELS: Record<string, string> = { pending: '待答复', adopted: '已采纳', partly_adopted: '部分采纳', not_adopted: '未采纳' };
export const SUBMISSION_TARGET_LABELS: Record<string, string> = { department: '职能部门', district_government: '区（县）政府', party_committee: '党委', government: '政府' };

/** A suggestion as staff see it, with labels and proposers' names so the console can show it as is. */
export function suggestionView(s: SuggestionRecord, memberNames: ReadonlyMap<string, string> = new Map()) {
  return {
    id: s.id,
    reference: s.reference,
    title: s.title,
    text: s.text,
    status: s.status,
    statusLabel: SUGGESTION_STATUS_LABELS[s.status] ?? s.status,
    communityIds: s.communityIds,
    sources: s.sources.map((src) => ({ kind: src.kind, id: src.sourceId })),
    proposers: s.proposers.map((p) => ({ memberId: p.memberId, name: memberNames.get(p.memberId) ?? null })),
    review: s.reviewedAt ? { note: s.reviewNote, by: s.reviewedBy, at: s.reviewedAt.toISOString() } : s.reviewNote ? { note: s.reviewNote, by: s.reviewedBy, at: null } : null,
    submission: s.submittedAt
      ? { toKind: s.submittedToKind, toKindLabel: SUBMISSION_TARGET_LABELS[s.submittedToKind ?? ''] ?? null, to: s.submittedTo, submittedOn: chinaDayOf(s.submittedAt) }
      : null,
    adoption: s.adoption
      ? {
          status: s.adoption,
          label: ADOPTION_LABELS[s.adoption] ?? s.adoption,
          reason: s.adoptionReason,
          adoptingBody: s.adoptingBody,
          decidedOn: s.adoptedAt ? chinaDayOf(s.adoptedAt) : null,
          implementationNotes: s.implementationNotes,
        }
      : null,
    imported: s.imported,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
export type SuggestionView = ReturnType<typeof suggestionView>;

/** What an audit row keeps of a suggestion: its state, not the text (the text stays in the row). */
export function auditableSuggestion(s: SuggestionRecord) {
  return {
    title: s.title,
    status: s.status,
    sources: s.sources.map((src) => `${src.kind}:${src.sourceId}`),
    proposerIds: s.proposers.map((p) => p.memberId),
    reviewNote: s.reviewNote,
    submittedToKind: s.submittedToKind,
    submittedTo: s.submittedTo,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    adoption: s.adoption,
    adoptionReason: s.adoptionReason,
    adoptingBody: s.adoptingBody,
    adoptedAt: s.adoptedAt?.toISOString() ?? null,
  };
}
