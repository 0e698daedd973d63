import { Injectable } from '@nestjs/common';
import { type CappedTotal, pageWithCappedTotal, type Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import type { ProblemFacts } from '../notification-feed/notification-feed';

/** The problem list's order, newest first: the (…, created_at) indexes serve the page and its count. */
const LIST_ORDER: Prisma.ProblemOrderByWithRelationInput = { createdAt: 'desc' };

export const problemWithContact = { resident: true } satisfies Prisma.ProblemInclude;
export type ProblemRecord = Prisma.ProblemGetPayload<{ include: typeof problemWithContact }>;
export type HistoryRecord = Prisma.ProblemHistoryGetPayload<object>;
export type ReporterRecord = Prisma.ProblemReporterGetPayload<object>;

/** What `insertSubmitted` writes; every value is prepared (and validated) by the caller. */
export interface SubmittedProblemRow {
  problem: {
    id: string;
    reference: string;
    trackingCode: string;
    source: string;
    category: string;
    urgency: string;
    title: string;
    description: string;
    communityId: string;
    address: string | null;
    lat: number | null;
    lng: number | null;
    stage: string;
    createdAt: Date;
  };
  resident: { id: string; phoneDigest: string | null; phone: string | null; name: string | null; consentToCallback: boolean } | null;
  reporter: { consentToCallback: boolean; consentToTexts: boolean; locale: string };
  idempotency: { scope: string; key: string; requestHash: string } | null;
  outbox: { id: string; source: string; queue: string; pattern: string; payload: object };
}

/** The inbox consumer name under which steps are recorded once. */
export const RECORD_STEP_CONSUMER = 'intake.problem-progress';

export interface RecordedStep {
  problemId: string;
  /** The workflow's command id: the inbox key and the history entry's event id. */
  eventId: string;
  kind: string;
  stage: string;
  detail: Record<string, unknown>;
  occurredAt: Date;
  dueAt: Date | null;
  escalated: boolean;
  /** Set when the step closes the problem as unsuitable. */
  closedReason: string | null;
}

export interface RecordedStepFacts {
  recorded: boolean;
  facts: ProblemFacts;
}

/** The problem bank's persistence. Only the intake service uses it. */
@Injectable()
export class ProblemRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findById(id: string): Promise<ProblemRecord | null> {
    return this.prisma.problem.findUnique({ where: { id }, include: problemWithContact });
  }

  findByTrackingCode(code: string): Promise<ProblemRecord | null> {
    return this.prisma.problem.findUnique({ where: { trackingCode: code }, include: problemWithContact });
  }

  /**
   * A problem by a resident's tracking code: the problem's own (its first reporter's) or the
   * code of a reporter who joined it (then `reporter` is that reporter).
   */
  async findByAnyTrackingCode(code: string): Promise<{ problem: ProblemRecord; reporter: ReporterRecord | null } | null> {
    const own = await this.findByTrackingCode(code);
    if (own) return { problem: own, reporter: null };
    const reporter = await this.prisma.problemReporter.findUnique({ where: { trackingCode: code } });
    const problem = reporter && (await this.findById(reporter.problemId));
    return problem ? { problem, reporter } : null;
  }

  async findByIdempotencyKey(scope: string, key: string): Promise<{ requestHash: string; problem: ProblemRecord } | null> {
    const row = await this.prisma.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
    if (!row) return null;
    const problem = await this.findById(row.problemId);
    return problem && { requestHash: row.requestHash, problem };
  }

  reporters(problemId: string) {
    return this.prisma.problemReporter.findMany({ where: { problemId }, include: { resident: true }, orderBy: { joinedAt: 'asc' } });
  }

  history(problemId: string): Promise<HistoryRecord[]> {
    return this.prisma.problemHistory.findMany({ where: { problemId }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] });
  }

  /**
   * A page of problems, newest first, and the total up to the cap. The page is found by its ids
   * first: the indexes of the list carry the id and every filter, so the offset (up to
   * thousands) is walked index-only and only the page's own rows are read. The total counts
   * one match past the cap and stops (COUNT over a LIMIT), on the same indexes, side by side.
   */
  async list(filter: { stage?: string; communityIds?: string[]; escalated?: boolean; ids?: string[]; take: number; skip: number }): Promise<[ProblemRecord[], CappedTotal]> {
    const where: Prisma.ProblemWhereInput = {
      id: filter.ids ? { in: filter.ids } : undefined,
      stage: filter.stage,
      escalated: filter.escalated,
      communityId: filter.communityIds ? { in: filter.communityIds } : undefined,
    };
    const [page, total] = await pageWithCappedTotal(
      { where, orderBy: LIST_ORDER },
      (query) => this.prisma.problem.findMany({ ...query, select: { id: true }, take: filter.take, skip: filter.skip }),
      (query) => this.prisma.problem.count(query),
    );
    const rows = page.length ? await this.prisma.problem.findMany({ where: { id: { in: page.map((p) => p.id) } }, include: problemWithContact }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return [page.map((p) => byId.get(p.id)).filter((r): r is ProblemRecord => r !== undefined), total];
  }

  /**
   * A submitted problem in one statement: the resident's contact (found again by the digest of
   * the number, else created), the problem, its reporter, its first history entry, the
   * idempotency key and the outbox message — all or nothing, one round trip, no transaction
   * held open across calls. Returns the resident's id (null without contact details). A key
   * already used fails the whole statement with a unique violation, so nothing is written.
   */
  async insertSubmitted(row: SubmittedProblemRow): Promise<string | null> {
    const { problem: p, resident: r, reporter, idempotency: k, outbox: o } = row;
    const [inserted] = await this.prisma.$queryRaw<{ resident_id: string | null }[]>`
      WITH resident AS (
        INSERT INTO intake.resident_contacts (id, phone_digest, phone, name, consent_to_callback)
        SELECT ${r?.id ?? null}::uuid, ${r?.phoneDigest ?? null}::varchar, ${r?.phone ?? null}::varchar, ${r?.name ?? null}::varchar, ${r?.consentToCallback ?? false}::boolean
        WHERE ${r !== null}::boolean
        -- A number already on file is matched, never overwritten (the no-op update returns its id).
        ON CONFLICT (phone_digest) DO UPDATE SET phone_digest = EXCLUDED.phone_digest
        RETURNING id
      ), problem AS (
        INSERT INTO intake.problems (id, reference, tracking_code, source, category, urgency, title, description,
          community_id, address, lat, lng, stage, resident_id, created_at, updated_at)
        VALUES (${p.id}::uuid, ${p.reference}, ${p.trackingCode}, ${p.source}, ${p.category}, ${p.urgency}, ${p.title}, ${p.description},
          ${p.communityId}, ${p.address}::varchar, ${p.lat}::double precision, ${p.lng}::double precision, ${p.stage}, (SELECT id FROM resident),
          ${p.createdAt}::timestamptz, ${p.createdAt}::timestamptz)
        RETURNING id, resident_id
      ), reporter AS (
        INSERT INTO intake.problem_reporters (problem_id, resident_id, source, how, consent_to_callback, consent_to_texts, locale)
        SELECT id, resident_id, ${p.source}, 'submitted', ${reporter.consentToCallback}::boolean, ${reporter.consentToTexts}::boolean, ${reporter.locale}
        FROM problem WHERE resident_id IS NOT NULL
      ), history AS (
        INSERT INTO intake.problem_history (problem_id, event_id, kind, stage, detail, occurred_at)
        SELECT id, ${`${p.id}.received`}, 'received', ${p.stage}, ${JSON.stringify({ source: p.source })}::jsonb, ${p.createdAt}::timestamptz FROM problem
      ), idempotency AS (
        INSERT INTO intake.idempotency_keys (scope, key, request_hash, problem_id)
        SELECT ${k?.scope ?? null}::varchar, ${k?.key ?? null}::varchar, ${k?.requestHash ?? null}::varchar, id FROM problem WHERE ${k !== null}::boolean
      ), message AS (
        INSERT INTO messaging.outbox_messages (id, source, queue, pattern, payload)
        SELECT ${o.id}::uuid, ${o.source}, ${o.queue}, ${o.pattern}, ${JSON.stringify(o.payload)}::jsonb FROM problem
      )
      SELECT resident_id::text FROM problem`;
    return inserted?.resident_id ?? null;
  }

  /**
   * One step the workflow reported, in one statement: the inbox key (a redelivered command finds
   * it and changes nothing), the history entry, and the projection of stage, deadline and
   * escalation onto the problem unless a later step was projected already. Returns what the
   * notification feed needs (the problem's facts and the reporters who take texts), `recorded`
   * false for a redelivery, or null for an unknown problem. Raw SQL: every step of every
   * problem passes here, and Prisma 6 compiles each model query on the event loop.
   */
  async recordStep(tx: Tx, step: RecordedStep): Promise<RecordedStepFacts | null> {
    const [row] = await tx.$queryRaw<{ reference: string; community_id: string; category: string; recorded: boolean; reporters: string[] }[]>`
      WITH problem AS (
        SELECT id, reference, community_id, category FROM intake.problems WHERE id = ${step.problemId}::uuid
      ), once AS (
        INSERT INTO messaging.inbox_messages (consumer, message_id)
        SELECT ${RECORD_STEP_CONSUMER}, ${step.eventId} FROM problem
        ON CONFLICT DO NOTHING
        RETURNING 1
      ), history AS (
        INSERT INTO intake.problem_history (problem_id, event_id, kind, stage, detail, occurred_at)
        SELECT ${step.problemId}::uuid, ${step.eventId}, ${step.kind}, ${step.stage}, ${JSON.stringify(step.detail)}::jsonb, ${step.occurredAt}::timestamptz
        FROM once
      ), projected AS (
        UPDATE intake.problems SET
          stage = ${step.stage}, due_at = ${step.dueAt}::timestamptz, escalated = ${step.escalated}::boolean,
          progressed_at = ${step.occurredAt}::timestamptz, updated_at = now(),
          closed_reason = CASE WHEN ${step.closedReason}::varchar IS NULL THEN closed_reason ELSE ${step.closedReason}::varchar END,
          -- Waiting on the resident belongs to a stage: a new stage starts with its clock running.
          awaiting_resident_since = CASE WHEN ${step.kind === 'stage_entered'}::boolean THEN NULL ELSE awaiting_resident_since END
        WHERE id = ${step.problemId}::uuid AND EXISTS (SELECT 1 FROM once)
          AND (progressed_at IS NULL OR progressed_at <= ${step.occurredAt}::timestamptz)
      )
      SELECT p.reference, p.community_id, p.category, EXISTS (SELECT 1 FROM once) AS recorded,
        ARRAY(SELECT r.resident_id::text FROM intake.problem_reporters r
              WHERE r.problem_id = p.id AND r.consent_to_texts ORDER BY r.resident_id LIMIT 200) AS reporters
      FROM problem p`;
    if (!row) return null;
    return { recorded: row.recorded, facts: { reference: row.reference, communityId: row.community_id, category: row.category, residentReporterIds: row.reporters } };
  }

  async nextReferenceNumber(tx: Tx | PrismaService = this.prisma): Promise<bigint> {
    const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('intake.problem_reference_seq') AS n`;
    return row.n;
  }
}
