import { CATEGORY_LABELS, ESCALATION_RUNG_LABELS, type EscalationRung, type ProblemCategory } from '@shangliang/contracts';
import type { ConsultationItemDetail, ConsultationItemRecord } from './consultation-item.repository';

type ConsultationRecord = ConsultationItemDetail['consultations'][number];
type ReferralRecord = ConsultationItemDetail['referrals'][number];
type EscalationRecord = ReferralRecord['escalations'][number];

/** A consultation item as the staff console shows it. */
export function itemView(item: ConsultationItemRecord) {
  return {
    problemId: item.problemId,
    reference: item.reference,
    category: item.category,
    categoryLabel: CATEGORY_LABELS[item.category as ProblemCategory] ?? null,
    communityId: item.communityId,
    leadMemberId: item.leadMemberId,
    memberIds: item.memberIds,
    status: item.status,
    dueAt: item.dueAt.toISOString(),
    createdAt: item.createdAt.toISOString(),
    /** Rounds consulted again (taken back from a department, reopened). */
    round: item.round,
    /** Why it was last consulted on again: dissatisfied resident, or point-to-point with a department. */
    reopenReason: item.reopenReason,
    participantDepartmentId: item.participantDepartmentId,
  };
}

export function itemDetailView(item: ConsultationItemDetail) {
  return {
    ...itemView(item),
    consultations: item.consultations.map(consultationView),
    referrals: item.referrals.map(referralView),
  };
}

export function consultationView(c: ConsultationRecord) {
  return {
    id: c.id,
    form: c.form,
    heldAt: c.heldAt.toISOString(),
    venue: c.venue,
    participants: c.participants,
    summary: c.summary,
    outcome: c.outcome,
    recordedBy: c.recordedBy,
    createdAt: c.createdAt.toISOString(),
    round: c.round,
    studioId: c.studioId,
    attendedMemberIds: c.attendedMemberIds,
    representativeNames: c.representativeNames,
    agenda: c.agenda,
    minutes: c.minutes,
    decisions: c.decisions,
    concludedAt: c.concludedAt?.toISOString() ?? null,
    photos: (c.photos ?? []).map((p) => ({ id: p.id, contentType: p.contentType, size: p.size, createdAt: p.createdAt.toISOString() })),
  };
}

export function referralView(r: Omit<ReferralRecord, 'escalations'> & { escalations: EscalationRecord[] }) {
  return {
    id: r.id,
    problemId: r.problemId,
    departmentId: r.departmentId,
    request: r.request,
    dueAt: r.dueAt.toISOString(),
    status: r.status,
    /** False: opened before the department's steps; answered once (the earlier ladder). */
    departmentSteps: r.departmentSteps,
    response: r.response,
    respondedBy: r.respondedBy,
    respondedAt: r.respondedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    escalations: r.escalations.map(escalationView),
  };
}

/** One rung of the ladder the department was notified of (reminder, 催办, 督办, 民主监督). */
export function escalationView(e: EscalationRecord) {
  return {
    rung: e.rung,
    rungLabel: ESCALATION_RUNG_LABELS[e.rung as EscalationRung] ?? null,
    notifiedAt: e.notifiedAt.toISOString(),
  };
}
