import { Injectable } from '@nestjs/common';
import { type CappedTotal, pageWithCappedTotal, Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import { chinaDayOf } from '../calendar-date';

export type SuggestionRecord = Prisma.SuggestionGetPayload<{ include: { sources: true; proposers: true } }>;
export type SuggestionRow = Prisma.SuggestionGetPayload<object>;

export interface NewSuggestion {
  id: string;
  councilId: string;
  title: string;
  text: string;
  communityIds: string[];
  createdBy: string;
  sources: { kind: string; sourceId: string }[];
  proposerIds: string[];
}

/** A suggestion from before the system: submitted, with its answer, marked imported. */
export interface ImportedSuggestion {
  id: string;
  councilId: string;
  title: string;
  text: string;
  communityIds: string[];
  proposerIds: string[];
  submittedToKind: string;
  submittedTo: string;
  submittedAt: Date;
  adoption: string;
  adoptionReason: string | null;
  adoptingBody: string | null;
  adoptedAt: Date | null;
  implementationNotes: string | null;
  importKey: string;
  createdBy: string;
}

export interface SuggestionSearch {
  councilId: string;
  q?: string;
  status?: string;
  adoption?: string;
  submittedFrom?: Date;
  submittedTo?: Date;
  imported?: boolean;
  take: number;
  skip: number;
}

export interface AdoptionCounts {
  submitted: number;
  decided: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  pending: number;
}

const WITH_LINKS = { sources: { orderBy: [{ kind: 'asc' }, { sourceId: 'asc' }] }, proposers: { orderBy: { memberId: 'asc' } } } satisfies Prisma.SuggestionInclude;

/**
 * Last changed first. The indexes (council_id, updated_at DESC, id) and (council_id, status,
 * updated_at DESC, id), carrying adoption, imported and the submission date, serve this order, so
 * a page and the capped total walk an index and stop.
 */
const SEARCH_ORDER: Prisma.SuggestionOrderByWithRelationInput[] = [{ updatedAt: 'desc' }, { id: 'asc' }];

/** The suggestion bank (委员建言库). Only the supervision service uses it. */
@Injectable()
export class SuggestionRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string, tx: Tx = this.prisma): Promise<SuggestionRecord | null> {
    return tx.suggestion.findUnique({ where: { id }, include: WITH_LINKS });
  }

  /** Runs a change and its audit row together; nothing half-written. */
  inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** Locks the suggestion's row for a change (a double click waits for the first and then sees its result). */
  async lock(tx: Tx, id: string): Promise<SuggestionRecord | null> {
    await tx.$queryRaw`SELECT id FROM supervision.suggestions WHERE id = ${id}::uuid FOR UPDATE`;
    return this.findById(id, tx);
  }

  /** Inserts a draft with the next reference of the year (SG-<year>-<seq>). */
  async insert(tx: Tx, s: NewSuggestion): Promise<SuggestionRecord> {
    const reference = await this.nextReference(tx, Number(chinaDayOf(new Date()).slice(0, 4)));
    await tx.suggestion.create({
      data: {
        id: s.id,
        councilId: s.councilId,
        reference,
        title: s.title,
        text: s.text,
        status: 'draft',
        communityIds: s.communityIds,
        createdBy: s.createdBy,
        sources: { createMany: { data: s.sources } },
        proposers: { createMany: { data: s.proposerIds.map((memberId) => ({ memberId })) } },
      },
    });
    return tx.suggestion.findUniqueOrThrow({ where: { id: s.id }, include: WITH_LINKS });
  }

  async update(tx: Tx, id: string, patch: Prisma.SuggestionUncheckedUpdateInput, links?: { sources?: { kind: string; sourceId: string }[]; proposerIds?: string[] }): Promise<SuggestionRecord> {
    if (links?.sources) {
      await tx.suggestionSource.deleteMany({ where: { suggestionId: id } });
      await tx.suggestionSource.createMany({ data: links.sources.map((s) => ({ ...s, suggestionId: id })) });
    }
    if (links?.proposerIds) {
      await tx.suggestionProposer.deleteMany({ where: { suggestionId: id } });
      await tx.suggestionProposer.createMany({ data: links.proposerIds.map((memberId) => ({ memberId, suggestionId: id })) });
    }
    await tx.suggestion.update({ where: { id }, data: patch });
    return tx.suggestion.findUniqueOrThrow({ where: { id }, include: WITH_LINKS });
  }

  /** The audit trail of one suggestion, oldest first. */
  history(id: string) {
    return this.prisma.supervisionAudit.findMany({ where: { entity: 'suggestion', entityId: id }, orderBy: { id: 'asc' }, take: 200 });
  }

  /**
   * Imports history rows; a row whose key was imported before is skipped (checked under the
   * reference lock, so two imports of the same file at once cannot both insert it). Returns
   * how many were new.
   */
  async importMany(tx: Tx, rows: ImportedSuggestion[]): Promise<number> {
    if (rows.length === 0) return 0;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('supervision.suggestions.reference'))`;
    const existing = new Set(
      (await tx.suggestion.findMany({ where: { importKey: { in: rows.map((r) => r.importKey) } }, select: { importKey: true } })).map((r) => r.importKey),
    );
    const fresh = rows.filter((r) => !existing.has(r.importKey));
    const next = new Map<number, number>();
    const data: Prisma.SuggestionCreateManyInput[] = [];
    for (const { proposerIds: _proposers, ...r } of fresh) {
      const year = new Date(r.submittedAt.getTime() + 8 * 3600_000).getUTCFullYear();
      const seq = next.get(year) ?? (await this.maxSequence(tx, year)) + 1;
      next.set(year, seq + 1);
      data.push({ ...r, reference: `SG-${year}-${String(seq).padStart(4, '0')}`, status: 'submitted', imported: true });
    }
    const { count } = await tx.suggestion.createMany({ data });
    await tx.suggestionProposer.createMany({ data: fresh.flatMap((r) => r.proposerIds.map((memberId) => ({ suggestionId: r.id, memberId }))), skipDuplicates: true });
    return count;
  }

  /** A page of the council's suggestions that match, and how many there are up to TOTAL_CAP. */
  search(filter: SuggestionSearch): Promise<[SuggestionRecord[], CappedTotal]> {
    const where = suggestionWhere(filter);
    return pageWithCappedTotal(
      { where, orderBy: SEARCH_ORDER },
      (query) => this.prisma.suggestion.findMany({ ...query, include: WITH_LINKS, take: filter.take, skip: filter.skip }),
      (query) => this.prisma.suggestion.count(query),
    );
  }

  /** Suggestions submitted within [from, to), by adoption; communityIds null = the whole council. */
  async adoptionCounts(filter: { councilId: string; from: Date; to: Date; communityIds: string[] | null }): Promise<AdoptionCounts> {
    const overlap = filter.communityIds === null ? Prisma.empty : Prisma.sql`AND community_ids && ${filter.communityIds}::text[]`;
    const rows = await this.prisma.$queryRaw<{ adoption: string | null; n: bigint }[]>`
      SELECT adoption, count(*) AS n FROM supervision.suggestions
      WHERE council_id = ${filter.councilId} AND status = 'submitted'
        AND submitted_at >= ${filter.from} AND submitted_at < ${filter.to} ${overlap}
      GROUP BY adoption`;
    const count = (key: string) => Number(rows.find((r) => (r.adoption ?? 'pending') === key)?.n ?? 0);
    const adopted = count('adopted');
    const partlyAdopted = count('partly_adopted');
    const notAdopted = count('not_adopted');
    const pending = rows.filter((r) => r.adoption === null || r.adoption === 'pending').reduce((n, r) => n + Number(r.n), 0);
    return { submitted: adopted + partlyAdopted + notAdopted + pending, decided: adopted + partlyAdopted + notAdopted, adopted, partlyAdopted, notAdopted, pending };
  }

  /** The next SG-<year>-<seq>, under a transaction lock so two drafts never share one. */
  private async nextReference(tx: Tx, year: number): Promise<string> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('supervision.suggestions.reference'))`;
    return `SG-${year}-${String((await this.maxSequence(tx, year)) + 1).padStart(4, '0')}`;
  }

  private async maxSequence(tx: Tx, year: number): Promise<number> {
    const [{ max }] = await tx.$queryRaw<{ max: number | null }[]>`
      SELECT max(split_part(reference, '-', 3)::int) AS max FROM supervision.suggestions
      WHERE reference LIKE ${`SG-${year}-%`} AND split_part(reference, '-', 3) ~ '^[0-9]+$'`;
    return max ?? 0;
  }
}

export function suggestionWhere(filter: Omit<SuggestionSearch, 'take' | 'skip'>): Prisma.SuggestionWhereInput {
  const text = filter.q ? { contains: filter.q, mode: 'insensitive' as const } : undefined;
  const period = filter.submittedFrom || filter.submittedTo ? { gte: filter.submittedFrom, lt: filter.submittedTo } : undefined;
  return {
    councilId: filter.councilId,
    status: filter.status,
    adoption: filter.adoption,
    submittedAt: period,
    imported: filter.imported,
    OR: text ? [{ title: text }, { text }, { reference: text }] : undefined,
  };
}
