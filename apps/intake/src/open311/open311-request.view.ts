import { type ProblemCategory, type ProblemStage, STAGE_LABELS, TERMINAL_STAGES, UNSUITABLE_REASON_LABELS, type UnsuitableReason } from '@shangliang/contracts';
import type { Open311Value } from './open311-format';
import { serviceName } from './open311-services';
import type { RequestRecord } from './open311-request.repository';

/** What the view needs beyond the problem row, looked up once per page. */
export interface RequestContext {
  agency: string | null;
  mergedIntoReference: string | null;
  mediaUrl: string | null;
}

export const SERVICE_NOTICE = '由社区委员小组甄别，适合协商的由政协委员接单协商办理 / Screened by the community’s council member group; suitable problems are taken up by council members in consultation';

/**
 * A problem as a GeoReport v2 service request, in the spec's field order. The list is public:
 * only what an Open311 client itself sent (its text, address and position) is published in
 * full. A problem from another channel shows its category's name and no place finer than the
 * community, because a resident's own words and address may name people.
 */
export function requestView(p: RequestRecord, context: RequestContext): Open311Value {
  const closed = TERMINAL_STAGES.includes(p.stage as ProblemStage) || p.mergedIntoId !== null;
  const ownText = p.source === 'open311';
  const category = serviceName(p.category as ProblemCategory);
  return {
    service_request_id: p.reference,
    status: closed ? 'closed' : 'open',
    status_notes: statusNotes(p, context.mergedIntoReference),
    service_name: category,
    service_code: p.category,
    description: ownText ? p.description : category,
    agency_responsible: context.agency,
    service_notice: SERVICE_NOTICE,
    requested_datetime: w3(p.createdAt),
    updated_datetime: w3(closed ? (p.progressedAt ?? p.updatedAt) : p.updatedAt),
    expected_datetime: p.dueAt ? w3(p.dueAt) : null,
    address: ownText ? p.address : null,
    address_id: null,
    zipcode: null,
    lat: ownText ? p.lat : null,
    long: ownText ? p.lng : null,
    media_url: context.mediaUrl,
  };
}

/** The real stage in plain words (Chinese, then English), and why a closed request closed. */
function statusNotes(p: RequestRecord, mergedIntoReference: string | null): string {
  if (p.mergedIntoId) return `已与 ${mergedIntoReference ?? '另一问题'} 合并办理 / Merged into ${mergedIntoReference ?? 'another request'}`;
  const label = STAGE_LABELS[p.stage as ProblemStage];
  const stage = label ? `${label.zh} / ${label.en}` : p.stage;
  const reason = p.closedReason ? UNSUITABLE_REASON_LABELS[p.closedReason as UnsuitableReason] : undefined;
  return reason ? `${stage}: ${reason.zh} / ${reason.en}` : stage;
}

/** w3 date-time, to the second, in UTC. */
export function w3(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
