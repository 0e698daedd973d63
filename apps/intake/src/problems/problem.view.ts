import { CATEGORY_LABELS, type ProblemCategory, type ProblemStage, STAGE_LABELS, UNSUITABLE_REASON_LABELS, type UnsuitableReason, problemWorkflowId } from '@shangliang/contracts';
import { workflowUiUrl, type TemporalConfig } from '@shangliang/config';
import { maskName, maskPhone } from '../residents/personal-data';
import type { HistoryRecord, ProblemRecord } from './problem.repository';

/** A problem as the API shows it. Contact details are always masked here. */
export function problemView(p: ProblemRecord, temporal: Pick<TemporalConfig, 'uiUrl' | 'namespace'>) {
  const workflowId = problemWorkflowId(p.id);
  return {
    id: p.id,
    reference: p.reference,
    trackingCode: p.trackingCode,
    source: p.source,
    category: p.category,
    categoryLabel: CATEGORY_LABELS[p.category as ProblemCategory],
    urgency: p.urgency,
    title: p.title,
    description: p.description,
    communityId: p.communityId,
    address: p.address,
    location: p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null,
    stage: p.stage,
    stageLabel: STAGE_LABELS[p.stage as ProblemStage],
    dueAt: p.dueAt?.toISOString() ?? null,
    escalated: p.escalated,
    awaitingResident: p.awaitingResidentSince !== null,
    closedReason: closedReasonView(p.closedReason),
    contact: p.resident
      ? { name: maskName(p.resident.name), phone: maskPhone(p.resident.phone), consentToCallback: p.resident.consentToCallback }
      : null,
    createdAt: p.createdAt.toISOString(),
    workflow: { workflowId, url: workflowUiUrl(temporal, workflowId) },
  };
}
export type ProblemView = ReturnType<typeof problemView>;

function closedReasonView(code: string | null) {
  if (!code) return null;
  const label = UNSUITABLE_REASON_LABELS[code as UnsuitableReason];
  return { code, zh: label?.zh ?? code, en: label?.en ?? code };
}

/**
 * What an unauthenticated submitter gets back: enough to follow the problem, nothing stored
 * about anyone (no contact, not even masked) and no internal addresses.
 */
export function receiptView(p: ProblemRecord) {
  return {
    id: p.id,
    reference: p.reference,
    trackingCode: p.trackingCode,
    category: p.category,
    categoryLabel: CATEGORY_LABELS[p.category as ProblemCategory],
    title: p.title,
    stage: p.stage,
    stageLabel: STAGE_LABELS[p.stage as ProblemStage],
    createdAt: p.createdAt.toISOString(),
  };
}

export function historyView(h: HistoryRecord) {
  return { kind: h.kind, stage: h.stage, detail: h.detail, occurredAt: h.occurredAt.toISOString() };
}
