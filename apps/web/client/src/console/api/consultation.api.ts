import type { ConsultationForm, ConsultationOutcome, EscalationRung } from '@shangliang/contracts/problem/outcome';
import type { Label, Page } from './labels.types';
import { get, post, queryString } from './staff-http';

export interface ConsultationItem {
  problemId: string;
  reference: string;
  category: string;
  categoryLabel: Label | null;
  communityId: string;
  leadMemberId: string;
  memberIds: string[];
  status: 'open' | 'concluded';
  dueAt: string;
  createdAt: string;
}

export interface Consultation {
  id: string;
  form: ConsultationForm;
  heldAt: string;
  venue: string;
  participants: { residentRepresentatives: number; departmentIds: string[]; notes: string | null };
  summary: string;
  outcome: ConsultationOutcome;
  recordedBy: string;
  createdAt: string;
}

export interface EscalationNotice {
  rung: EscalationRung;
  rungLabel: Label | null;
  notifiedAt: string;
}

export interface Referral {
  id: string;
  problemId: string;
  departmentId: string;
  request: string;
  dueAt: string;
  status: 'open' | 'responded';
  response: string | null;
  respondedBy: string | null;
  respondedAt: string | null;
  createdAt: string;
  escalations: EscalationNotice[];
}

/** A referral in a department's list, with its problem's reference and community. */
export interface ReferralWithContext extends Referral {
  reference: string;
  category: string;
  communityId: string;
}

export interface ConsultationItemDetail extends ConsultationItem {
  consultations: Consultation[];
  referrals: Referral[];
}

export interface RecordConsultation {
  form: ConsultationForm;
  heldAt: string;
  venue: string;
  participants: { residentRepresentatives: number; departmentIds?: string[]; notes?: string };
  summary: string;
  outcome: ConsultationOutcome;
  referral?: { departmentId: string; request: string; dueAt: string };
}

export interface ConsultationFigures {
  items: { open: number; concluded: number };
  consultations: { total: number; byForm: Record<ConsultationForm, number>; byOutcome: Record<ConsultationOutcome, number> };
  referrals: { total: number; open: number; responded: number; respondedInTime: number; responseRate: number | null; inTimeRate: number | null };
  generatedAt: string;
}

const id = encodeURIComponent;

/** Who is behind the cadence rule (GET /dashboard/cadence). */
export interface CadenceReport {
  localities: { id: string; name: string; kind: string; cadenceDays: number; lastActivityAt: string | null; daysSince: number | null; behind: boolean }[];
  groups: { communityId: string; communityName: string; localityName: string; lastConsultationAt: string | null; daysSince: number | null; behind: boolean }[];
  behind: { localities: number; groups: number };
}

export const consultationApi = {
  items: (status: ConsultationItem['status'] | '') => get<Page<ConsultationItem>>('consultation', `/consultation-items${queryString({ status, limit: 200 })}`),
  item: (problemId: string) => get<ConsultationItemDetail>('consultation', `/consultation-items/${id(problemId)}`),
  record: (problemId: string, body: RecordConsultation) =>
    post<{ problemId: string; consultationId: string; outcome: ConsultationOutcome; referralId: string | null }>('consultation', `/consultation-items/${id(problemId)}/consultations`, body),
  referrals: (status: Referral['status'] | '') => get<Page<ReferralWithContext>>('consultation', `/referrals${queryString({ status, limit: 200 })}`),
  respond: (referralId: string, response: string) => post<Referral>('consultation', `/referrals/${id(referralId)}/response`, { response }),
  figures: () => get<ConsultationFigures>('consultation', '/dashboard/figures'),
  cadence: () => get<CadenceReport>('consultation', '/dashboard/cadence'),
  recordActivity: (body: { kind: string; heldAt: string; topic: string; participants: number }) => post<{ id: string }>('consultation', '/activities', body),
};
