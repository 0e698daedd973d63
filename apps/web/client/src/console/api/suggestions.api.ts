import { get, patch, post, queryString, staffRequest } from './staff-http';
import type { CappedPage } from './labels.types';

export type SuggestionStatus = 'draft' | 'under_review' | 'approved' | 'submitted' | 'withdrawn';
export type AdoptionStatus = 'pending' | 'adopted' | 'partly_adopted' | 'not_adopted';
export type SubmissionTarget = 'department' | 'district_government' | 'party_committee' | 'government';

/** A member's suggestion in the suggestion bank (委员建言库). */
export interface Suggestion {
  id: string;
  reference: string;
  title: string;
  text: string;
  status: SuggestionStatus;
  communityIds: string[];
  sources: { kind: 'case' | 'consultation'; id: string }[];
  proposers: { memberId: string; name: string | null }[];
  review: { note: string | null; by: string | null; at: string | null } | null;
  submission: { toKind: SubmissionTarget; to: string; submittedOn: string } | null;
  adoption: { status: AdoptionStatus; reason: string | null; adoptingBody: string | null; decidedOn: string | null; implementationNotes: string | null } | null;
  imported: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  history?: { action: string; actorId: string; at: string }[];
}

export interface AdoptionFigures {
  submitted: number;
  decided: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  pending: number;
  /** (adopted + partly adopted) / decided; null when nothing is decided. */
  rate: number | null;
}

export interface SuggestionSearch {
  q?: string;
  status?: SuggestionStatus | '';
  adoption?: AdoptionStatus | '';
  from?: string;
  to?: string;
}

export interface HistoryImportReport {
  totalRows: number;
  imported: number;
  skipped: number;
  failed: number;
  errors: { row: number; field: string; message: string }[];
}

const id = encodeURIComponent;

export const suggestionsApi = {
  search: (search: SuggestionSearch, signal?: AbortSignal) => get<CappedPage<Suggestion> & { adoption: AdoptionFigures }>('supervision', `/suggestions${queryString({ ...search, limit: 200 })}`, signal),
  get: (suggestionId: string) => get<Suggestion>('supervision', `/suggestions/${id(suggestionId)}`),
  /** The key makes a double click (or a retry after a lost answer) draft one suggestion. */
  draft: (body: { title: string; text: string; sources: { kind: 'case'; id: string }[]; proposerIds: string[] }, idempotencyKey: string) =>
    post<Suggestion>('supervision', '/suggestions', body, { 'Idempotency-Key': idempotencyKey }),
  revise: (suggestionId: string, body: { title?: string; text?: string }) => patch<Suggestion>('supervision', `/suggestions/${id(suggestionId)}`, body),
  requestReview: (suggestionId: string) => post<Suggestion>('supervision', `/suggestions/${id(suggestionId)}/review-request`, {}),
  review: (suggestionId: string, body: { decision: 'approve' | 'return'; note?: string }) => post<Suggestion>('supervision', `/suggestions/${id(suggestionId)}/review`, body),
  submit: (suggestionId: string, body: { toKind: SubmissionTarget; to: string; submittedOn: string }) => post<Suggestion>('supervision', `/suggestions/${id(suggestionId)}/submission`, body),
  recordAdoption: (suggestionId: string, body: { adoption: AdoptionStatus; reason?: string; adoptingBody?: string; decidedOn?: string; implementationNotes?: string }) =>
    post<Suggestion>('supervision', `/suggestions/${id(suggestionId)}/adoption`, body),
  importHistory: (kind: 'cases' | 'suggestions', file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return staffRequest<HistoryImportReport>('supervision', `/admin/history/${kind}`, { method: 'POST', body: form });
  },
};

/** Today in China (YYYY-MM-DD), the default date of a submission or an answer. */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A fresh key for one drafting form (crypto.randomUUID where the page is a secure context). */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}
