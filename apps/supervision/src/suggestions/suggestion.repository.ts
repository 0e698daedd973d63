import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type Tx } from '@shangliang/persistence';

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
  async insert(tx: Tx, s: NewSuggestion, extra: Partial<Prisma.SuggestionUncheckedCreateInput> = {}): Promise<SuggestionRecord> {
    const reference = await this.nextReference(tx, (extra.submittedAt ? new Date(extra.submittedAt) : new Date()).getUTCFullYear());
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
        ...extra,
        sources: { createMany: { data: s.sources } },
        proposers: { createMany: { data: s.proposerIds.map((memberId) => ({ memberId })) } },
      },
    });
    return (await this.findById(s.id, tx))!;
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
    return (await this.findById(id, tx))!;
  }

  /** The audit trail of one suggestion, oldest first. */
  history(id: string) {
    return this.prisma.supervisionAudit.findMany({ where: { entity: 'suggestion', entityId: id }, orderBy: { id: 'asc' }, take: 200 });
  }

  findByImportKeys(keys: string[]): Promise<{ importKey: string | null }[]> {
    return this.prisma.suggestion.findMany({ where: { importKey: { in: keys } }, select: { importKey: true } });
  }

  search(filter: SuggestionSearch): Promise<[SuggestionRecord[], number]> {
    const where = suggestionWhere(filter);
    return this.prisma.$transaction([
      this.prisma.suggestion.findMany({ where, include: WITH_LINKS, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: filter.take, skip: filter.skip }),
      this.prisma.suggestion.count({ where }),
    ]);
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
    const prefix = `SG-${year}-`;
    const [{ max }] = await tx.$queryRaw<{ max: number | null }[]>`
      SELECT max(split_part(reference, '-', 3)::int) AS max FROM supervision.suggestions
      WHERE reference LIKE ${`${prefix}%`} AND split_part(reference, '-', 3) ~ '^[0-9]+$'`;
    return `${prefix}${String((max ?? 0) + 1).padStart(4, '0')}`;
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
