import type { SupervisionFinding } from '@shangliang/contracts/problem/outcome';
import { get, post } from './staff-http';

/** What a supervisor may do on a case (the server lists the ones still open to them). */
export type SupervisionActionKind = 'notice' | 'point_to_point' | 'finding' | 'close' | 'another_round' | 'archive_unresolved';

export type SupervisionActionBody =
  | { kind: 'notice'; text: string; dueAt: string }
  | { kind: 'point_to_point'; departmentId?: string; note?: string }
  | { kind: 'finding'; finding: SupervisionFinding; reasons: string; measures?: string }
  | { kind: 'close'; resolution: string }
  | { kind: 'another_round'; note: string }
  | { kind: 'archive_unresolved'; explanation: string };

export interface SupervisionNotice {
  id: string;
  departmentId: string;
  text: string;
  dueAt: string;
  status: 'issued' | 'answered' | 'missed';
  issuedAt: string;
  answer: string | null;
  answeredAt: string | null;
}

export interface SupervisionCaseDetail {
  id: string;
  notices: SupervisionNotice[];
  timeline: { kind: string; detail: Record<string, unknown>; staffId: string; occurredAt: string }[];
}

export interface NoticeToAnswer {
  id: string;
  caseId: string;
  reference: string;
  category: string;
  text: string;
  dueAt: string;
  issuedAt: string;
}

const id = encodeURIComponent;

export const supervisionActionsApi = {
  detail: (caseId: string) => get<SupervisionCaseDetail>('supervision', `/supervision-cases/${id(caseId)}`),
  act: (caseId: string, body: SupervisionActionBody) => post<{ id: string; action: SupervisionActionKind }>('supervision', `/supervision-cases/${id(caseId)}/actions`, body),
  noticesToAnswer: () => get<{ items: NoticeToAnswer[] }>('supervision', '/supervision-notices'),
  answerNotice: (noticeId: string, answer: string) => post<{ id: string }>('supervision', `/supervision-notices/${id(noticeId)}/answer`, { answer }),
  callBackAttempt: (problemId: string, note?: string) =>
    post<{ attempts: number; attemptsAllowed: number; status: 'pending' | 'not_reached' }>('supervision', `/follow-ups/${id(problemId)}/attempts`, note ? { note } : {}),
};
