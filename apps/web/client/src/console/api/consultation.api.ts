import type { ConsultationForm, ConsultationOutcome, EscalationRung } from '@shangliang/contracts/problem/outcome';
import { QUEUE_PAGE_SIZE, type CappedPage, type Label } from './labels.types';
import { get, post, queryString, staffObjectUrl } from './staff-http';

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
  round?: number;
  reopenReason?: 'dissatisfied' | 'point_to_point' | null;
  participantDepartmentId?: string | null;
}

export interface Consultation {
  id: string;
  form: ConsultationForm;
  heldAt: string;
  venue: string;
  participants: { residentRepresentatives: number; departmentIds: string[]; notes: string | null };
  summary: string;
  /** Null for a session of a round still under way. */
  outcome: ConsultationOutcome | null;
  recordedBy: string;
  createdAt: string;
  round?: number;
  attendedMemberIds?: string[];
  representativeNames?: string[];
  agenda?: string | null;
  minutes?: string | null;
  decisions?: string | null;
}

export interface EscalationNotice {
  rung: EscalationRung;
  rungLabel: Label | null;
  notifiedAt: string;
}

/** Where a referral stands (the consultation service's referral-status.ts). */
export type ReferralStatus = 'open' | 'signed' | 'returned' | 'completed' | 'confirmed' | 're_referred' | 'taken_back' | 'responded';

export interface Referral {
  id: string;
  problemId: string;
  departmentId: string;
  request: string;
  dueAt: string;
  status: ReferralStatus;
  /** False: opened before the department's steps; its ladder takes one answer. */
  departmentSteps?: boolean;
  response: string | null;
  respondedBy: string | null;
  respondedAt: string | null;
  createdAt: string;
  escalations: EscalationNotice[];
}

/** One step the department or the team lead took (签收, progress, extension, 退回, 办结, decisions). */
export interface ReferralStepEntry {
  id: string;
  kind: ReferralStepKind;
  detail: Record<string, unknown>;
  actorStaffId: string;
  createdAt: string;
}
export type ReferralStepKind =
  | 'signed'
  | 'progress_noted'
  | 'extension_requested'
  | 'extension_decided'
  | 'returned'
  | 're_referred'
  | 'taken_back'
  | 'completed'
  | 'completion_confirmed'
  | 'completion_rejected';

export interface EvidencePhoto {
  id: string;
  contentType: string;
  size: number;
  createdAt: string;
}

/** A referral in a department's list, with its problem's reference and community, and its steps. */
export interface ReferralWithContext extends Referral {
  reference: string;
  category: string;
  communityId: string;
  leadMemberId: string;
  handlerName: string | null;
  signedAt: string | null;
  extensionRequestedUntil: string | null;
  result: string | null;
  completedAt: string | null;
  previousReferralId: string | null;
  steps: ReferralStepEntry[];
  photos: EvidencePhoto[];
}

export interface StepTaken {
  referralId: string;
  problemId: string;
  stepId: string;
  kind: ReferralStepKind;
  status: ReferralStatus;
}

/** Which referrals a list shows: one status, all, or what waits on the team lead. */
export type ReferralFilter = ReferralStatus | '' | 'awaiting-lead';

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
  localities: { id: string; name: string; kind: string; cadenceDays: number; lastActivityAt: string | null; daysSince: number | null; behind: boolean; period?: string; status?: CadenceStatus; daysLeft?: number }[];
  groups: { communityId: string; communityName: string; localityName: string; lastConsultationAt: string | null; daysSince: number | null; behind: boolean; period?: string; status?: CadenceStatus }[];
  behind: { localities: number; groups: number };
  /** The last daily check (a Temporal Schedule) and what it found. */
  lastCheck?: { checkId: string; checkedAt: string; localitiesBehind: number; groupsBehind: number } | null;
}

/** By calendar period: held; due (nothing yet); due soon (within two weeks of the end); missed (the last period too). */
export type CadenceStatus = 'held' | 'due' | 'due_soon' | 'missed';

export const consultationApi = {
  items: (status: ConsultationItem['status'] | '', offset = 0) =>
    get<CappedPage<ConsultationItem>>('consultation', `/consultation-items${queryString({ status, limit: QUEUE_PAGE_SIZE, offset: offset || undefined })}`),
  item: (problemId: string) => get<ConsultationItemDetail>('consultation', `/consultation-items/${id(problemId)}`),
  record: (problemId: string, body: RecordConsultation) =>
    post<{ problemId: string; consultationId: string; outcome: ConsultationOutcome; referralId: string | null }>('consultation', `/consultation-items/${id(problemId)}/consultations`, body),
  referrals: (filter: ReferralFilter, offset = 0) =>
    get<CappedPage<ReferralWithContext>>(
      'consultation',
      `/referrals${queryString({ ...(filter === 'awaiting-lead' ? { awaitingLead: true } : { status: filter }), limit: QUEUE_PAGE_SIZE, offset: offset || undefined })}`,
    ),
  referral: (referralId: string) => get<ReferralWithContext>('consultation', `/referrals/${id(referralId)}`),
  respond: (referralId: string, response: string) => post<Referral>('consultation', `/referrals/${id(referralId)}/response`, { response }),
  // The department's steps and the team lead's decisions (one POST each; see ReferralStepsController).
  sign: (referralId: string, handlerName: string) => post<StepTaken>('consultation', `/referrals/${id(referralId)}/sign`, { handlerName }),
  noteProgress: (referralId: string, note: string, idempotencyKey: string) =>
    post<StepTaken>('consultation', `/referrals/${id(referralId)}/progress`, { note }, { 'idempotency-key': idempotencyKey }),
  requestExtension: (referralId: string, body: { reason: string; newDueAt: string }) => post<StepTaken>('consultation', `/referrals/${id(referralId)}/extension-request`, body),
  decideExtension: (referralId: string, approved: boolean) => post<StepTaken>('consultation', `/referrals/${id(referralId)}/extension-decision`, { approved }),
  returnReferral: (referralId: string, reason: string) => post<StepTaken>('consultation', `/referrals/${id(referralId)}/return`, { reason }),
  decideReturn: (referralId: string, body: { action: 'take_back' } | { action: 'refer_elsewhere'; departmentId: string; request: string; dueAt: string }) =>
    post<StepTaken & { newReferralId?: string }>('consultation', `/referrals/${id(referralId)}/return-decision`, body),
  uploadEvidence: (referralId: string, photo: File) => {
    const form = new FormData();
    form.append('photo', photo);
    return post<EvidencePhoto>('consultation', `/referrals/${id(referralId)}/photos`, form);
  },
  complete: (referralId: string, body: { result: string; photoIds: string[] }) => post<StepTaken>('consultation', `/referrals/${id(referralId)}/completion`, body),
  decideCompletion: (referralId: string, body: { confirmed: true } | { confirmed: false; reason: string }) =>
    post<StepTaken>('consultation', `/referrals/${id(referralId)}/completion-decision`, body),
  evidencePhoto: (referralId: string, photoId: string) => staffObjectUrl('consultation', `/referrals/${id(referralId)}/photos/${id(photoId)}`),
  figures: () => get<ConsultationFigures>('consultation', '/dashboard/figures'),
  cadence: () => get<CadenceReport>('consultation', '/dashboard/cadence'),
  recordActivity: (body: { kind: string; heldAt: string; topic: string; participants: number }) => post<{ id: string }>('consultation', '/activities', body),
};
