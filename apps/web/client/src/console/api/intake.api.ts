import type { ProblemStage } from '@shangliang/contracts/problem/problem-stage';
import type { CappedPage, Label } from './labels.types';
import { get, post, queryString } from './staff-http';

/** A problem in the problem bank (intake's problemView): contact always masked. */
export interface Problem {
  id: string;
  reference: string;
  trackingCode: string;
  source: string;
  category: string;
  categoryLabel: Label | null;
  urgency: string;
  title: string;
  description: string;
  communityId: string;
  address: string | null;
  stage: ProblemStage;
  stageLabel: Label | null;
  dueAt: string | null;
  escalated: boolean;
  awaitingResident: boolean;
  closedReason: ({ code: string } & Label) | null;
  contact: { name: string | null; phone: string | null; consentToCallback: boolean } | null;
  createdAt: string;
  workflow: { workflowId: string; url: string };
}

export interface ProblemHistoryEntry {
  kind: string;
  stage: string;
  detail: Record<string, unknown> | null;
  occurredAt: string;
}

/** Everyone who raised the problem, unmasked (for the call-back, 回访). */
export interface ReporterContact {
  name: string | null;
  phone: string | null;
  consentToCallback: boolean;
  how: string;
  source: string;
}

export interface ProblemFilter {
  stage?: string;
  communityId?: string;
  escalated?: 'true' | 'false' | '';
  /** Comma-separated problem ids, up to 200: the problems a work queue's page refers to. */
  ids?: string;
  limit?: number;
  offset?: number;
}

export interface MergeResult {
  mergeId: string;
  /** The workflow decides: the answer says the merge was asked for. */
  status?: string;
  sourceProblemId: string;
  targetProblemId: string;
}

const id = encodeURIComponent;

export const intakeStaffApi = {
  problems: (filter: ProblemFilter, signal?: AbortSignal) => get<CappedPage<Problem>>('intake', `/problems${queryString({ ...filter })}`, signal),
  problem: (problemId: string) => get<Problem>('intake', `/problems/${id(problemId)}`),
  history: (problemId: string) => get<ProblemHistoryEntry[]>('intake', `/problems/${id(problemId)}/history`),
  contact: (problemId: string) => get<ReporterContact[]>('intake', `/problems/${id(problemId)}/contact`),
  merge: (problemId: string, targetProblemId: string, reason: string) => post<MergeResult>('intake', `/problems/${id(problemId)}/merge`, { targetProblemId, reason }),
  unmerge: (problemId: string, reason: string) => post<MergeResult>('intake', `/problems/${id(problemId)}/unmerge`, { reason }),
  awaitResident: (problemId: string, reason: string) => post<{ awaitingResident: boolean }>('intake', `/problems/${id(problemId)}/awaiting-resident`, { reason }),
  residentReplied: (problemId: string) => post<{ awaitingResident: boolean }>('intake', `/problems/${id(problemId)}/resident-replied`, {}),
};
