import type { ConsultationOutcome, EscalationRung, Satisfaction } from '@shangliang/contracts/problem/outcome';
import { QUEUE_PAGE_SIZE, type CappedPage, type Label } from './labels.types';
import { get, patch, post, queryString } from './staff-http';

export interface SupervisionCase {
  id: string;
  problemId: string;
  referralId: string | null;
  reference: string;
  category: string;
  categoryLabel: Label | null;
  communityId: string;
  departmentId: string | null;
  status: 'open' | 'resolved';
  openedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
  /** Release 4: why it is open, who holds it, what was found and decided, what may still be done. */
  kind?: 'democratic_supervision' | 'repeated_dissatisfaction';
  round?: number | null;
  level?: 'supervision' | 'leadership';
  finding?: string | null;
  findingReasons?: string | null;
  decision?: string | null;
  explanation?: string | null;
  actions?: import('./supervision-actions.api').SupervisionActionKind[];
}

export interface FollowUp {
  problemId: string;
  reference: string;
  category: string;
  categoryLabel: Label | null;
  communityId: string;
  status: 'pending' | 'recorded';
  dueAt: string;
  satisfaction: Satisfaction | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
  createdAt: string;
  round?: number;
  attempts?: number;
  result?: 'answered' | 'not_reached' | null;
  reason?: string | null;
}

/** A settled problem written up in the case bank (解决问题案例库). */
export interface CaseRecord {
  id: string;
  /** Null for a case imported from before the system. */
  problemId: string | null;
  reference: string;
  title: string;
  writeUp: string | null;
  typical: boolean;
  category: string;
  categoryLabel: Label | null;
  communityId: string;
  outcome: ConsultationOutcome;
  leadMemberId: string | null;
  memberIds: string[];
  departmentId: string | null;
  escalationRungs: { rung: EscalationRung; label: Label | null }[];
  satisfaction: Satisfaction | null;
  submittedAt: string;
  settledAt: string;
  archivedAt: string;
  outcomeNote?: string | null;
  imported?: boolean;
}

export interface CaseSearch {
  q?: string;
  category?: string;
  typical?: 'true' | 'false' | '';
  outcome?: string;
  communityId?: string;
  /** Settled within [from, to), YYYY-MM-DD. */
  from?: string;
  to?: string;
  imported?: 'true' | 'false' | '';
}

export interface SupervisionFigures {
  cases: { archived: number; typical: number; byOutcome: Record<ConsultationOutcome, number>; byCategory: Record<string, number> };
  supervisionCases: { open: number; resolved: number };
  followUps: { pending: number; recorded: number; bySatisfaction: Record<Satisfaction, number>; satisfactionRate: number | null };
  generatedAt: string;
}

const id = encodeURIComponent;

export const supervisionApi = {
  supervisionCases: (status: SupervisionCase['status'] | '', offset = 0) =>
    get<CappedPage<SupervisionCase>>('supervision', `/supervision-cases${queryString({ status, limit: QUEUE_PAGE_SIZE, offset: offset || undefined })}`),
  resolve: (caseId: string, resolution: string) => post<SupervisionCase>('supervision', `/supervision-cases/${id(caseId)}/resolution`, { resolution }),
  followUps: (status: FollowUp['status'] | '', offset = 0) => get<CappedPage<FollowUp>>('supervision', `/follow-ups${queryString({ status, limit: QUEUE_PAGE_SIZE, offset: offset || undefined })}`),
  recordFollowUp: (problemId: string, body: { satisfaction: Satisfaction; note?: string; reason?: string }) => post<FollowUp>('supervision', `/follow-ups/${id(problemId)}`, body),
  cases: (search: CaseSearch, signal?: AbortSignal) => get<CappedPage<CaseRecord>>('supervision', `/cases${queryString({ ...search, limit: 200 })}`, signal),
  case: (caseId: string) => get<CaseRecord>('supervision', `/cases/${id(caseId)}`),
  updateCase: (caseId: string, patchBody: { title?: string; writeUp?: string; outcomeNote?: string; typical?: boolean }) => patch<CaseRecord>('supervision', `/cases/${id(caseId)}`, patchBody),
  figures: () => get<SupervisionFigures>('supervision', '/dashboard/figures'),
};
