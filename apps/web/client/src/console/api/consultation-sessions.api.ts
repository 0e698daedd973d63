import type { ConsultationForm, ConsultationOutcome } from '@shangliang/contracts/problem/outcome';
import { post } from './staff-http';

export interface RecordSession {
  form: ConsultationForm;
  heldAt: string;
  studioId?: string;
  venue?: string;
  attendedMemberIds: string[];
  departmentIds: string[];
  residentRepresentatives: { count: number; named: { name: string; consented: true }[] };
  agenda: string;
  minutes: string;
  decisions?: string;
}

export interface ConcludeItem {
  outcome: ConsultationOutcome;
  summary: string;
  referral?: { departmentId: string; request: string; dueAt: string };
}

const id = encodeURIComponent;

/** 协商解单 in rounds: sessions first, the team lead's conclusion when the team is done. */
export const consultationSessionsApi = {
  recordSession: (problemId: string, body: RecordSession) => post<{ id: string; round: number }>('consultation', `/consultation-items/${id(problemId)}/sessions`, body),
  changeTeam: (problemId: string, body: { leadMemberId: string; memberIds: string[] }) => post<{ leadMemberId: string; memberIds: string[] }>('consultation', `/consultation-items/${id(problemId)}/team`, body),
  conclude: (problemId: string, body: ConcludeItem) => post<{ consultationId: string; referralId: string | null }>('consultation', `/consultation-items/${id(problemId)}/conclusion`, body),
};
