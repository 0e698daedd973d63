import { Injectable } from '@nestjs/common';
import { cappedTotal, type CappedTotal, Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import type { Tally } from '@shangliang/persistence';
import type { StaffPrincipal } from '@shangliang/auth';
import { audit } from '../audit/supervision-audit';

/** A case from before the system (imported, no problem or workflow here). */
export type ImportedCase = Prisma.CaseCreateManyInput & { imported: true; importKey: string };

export interface CasePatch {
  title?: string;
  writeUp?: string;
  outcomeNote?: string;
  typical?: boolean;
}

function pick(c: CaseRecord, keys: (keyof CasePatch)[]) {
  return Object.fromEntries(keys.map((k) => [k, c[k]]));
}

export type CaseRecord = Prisma.CaseGetPayload<object>;
export type NewCase = Omit<CaseRecord, 'archivedAt' | 'writeUp' | 'typical' | 'outcomeNote' | 'imported' | 'importKey'>;

export interface CaseSearch {
  category?: string;
  communityId?: string;
  /** The communities the caller's council covers (narrowed to a locality's when asked); cases elsewhere are never found. */
  councilCommunityIds: string[];
  typical?: boolean;
  imported?: boolean;
  outcome?: string;
  /** Settled within [settledFrom, settledTo). */
  settledFrom?: Date;
  settledTo?: Date;
  q?: string;
  take: number;
  skip: number;
}

/** The text searched: title, write-up and outcome note (the GIN index cases_search_bigrams_idx holds its character pairs). */
const SEARCH_TEXT = Prisma.sql`(coalesce(title, '') || ' ' || coalesce(write_up, '') || ' ' || coalesce(outcome_note, ''))`;
/** A query's terms (split on spaces and punctuation), at most this many. */
const MAX_TERMS = 5;
/** How many of the newest matches of a text query are ranked (a page further on is newest first). */
export const RANKED_POOL = 200;
/**
 * The newest cases (of those the filters other than text allow) read first for the pool: a
 * common term or phrase fills the pool among them, which costs reading these rows in archive
 * order and stops there. Its character pairs are found in most of the bank, so through their
 * index it read every one of them (居民表示满意: 140,000 cases, 390 ms at a million cases); a
 * rarer term does not fill the pool here and is looked for through the index in windows.
 */
export const RECENT_PROBE = 5_000;
/** How far back the newest matches are looked for next, widening until the pool is full (null: all). */
const POOL_WINDOWS_DAYS = [7, 30, 120, null] as const;
/**
 * The case bank's total is counted up to this many: counting reads each match (every term is
 * checked in its text), so past a thousand it cost more than the page; the answer then says
 * `totalIsLowerBound`.
 */
export const CASE_TOTAL_CAP = 1_000;

/** The case bank (解决问题案例库). Only the supervision service uses it. */
@Injectable()
export class CaseRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One case per problem (unique): a repeated request inserts nothing. Returns whether it was new. */
  async archive(newCase: NewCase): Promise<boolean> {
    const { count } = await this.prisma.case.createMany({ data: [newCase], skipDuplicates: true });
    return count > 0;
  }

  /** Imports history rows; a row whose key was imported before is skipped. Returns how many were new. */
  async importMany(tx: Tx, rows: ImportedCase[]): Promise<number> {
    if (rows.length === 0) return 0;
    const { count } = await tx.case.createMany({ data: rows, skipDuplicates: true });
    return count;
  }

  findById(id: string): Promise<CaseRecord | null> {
    return this.prisma.case.findUnique({ where: { id } });
  }

  findByIds(ids: string[]): Promise<CaseRecord[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.prisma.case.findMany({ where: { id: { in: ids } } });
  }

  /**
   * Search with ranking: cases whose title, write-up or outcome note contain every term of the
   * query, the best first (terms in the title, then trigram similarity), then the newest. The
   * rank is worked out for the newest RANKED_POOL matches — a broad term (漏水) matches tens of
   * thousands of cases, and ranking them all read every one of them; pages past the pool go on
   * newest first. The total is counted up to CASE_TOTAL_CAP.
   */
  async search(filter: CaseSearch): Promise<[CaseRecord[], CappedTotal]> {
    const terms = searchTerms(filter.q);
    const rarest = await this.rarestPairs(terms);
    const sql = caseSearchSql(filter, rarest);
    const { where, rank } = sql;
    const inPeriod = filter.settledFrom !== undefined || filter.settledTo !== undefined;
    const [ids, counted] = await Promise.all([
      rank ? this.rankedPage(sql, rank, filter, inPeriod ? 'period' : probeWorthIt(terms, rarest) ? 'newest-first' : 'windows') : this.newestPage(where, filter.skip, filter.take),
      this.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM supervision.cases WHERE ${where} LIMIT ${CASE_TOTAL_CAP + 1}) matching`,
    ]);
    const rows = await this.findByIds(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return [ids.map((id) => byId.get(id)).filter((r): r is CaseRecord => r !== undefined), cappedTotal(counted[0]?.n ?? 0, CASE_TOTAL_CAP)];
  }

  /** Each term's rarest character pair and the share of cases holding it, from the column's statistics (see caseSearchSql). */
  private async rarestPairs(terms: string[]): Promise<Map<string, RarestPair>> {
    const paired = terms.filter((t) => [...t].length >= 2);
    if (paired.length === 0) return new Map();
    const rows = await this.prisma.$queryRaw<{ term: string; pair: number[]; frequency: number | null }[]>`
      SELECT term, r.pair, r.frequency FROM unnest(${paired}::text[]) AS term CROSS JOIN LATERAL supervision.rarest_text_bigram(term) AS r`;
    return new Map(rows.map((r) => [r.term, { pair: r.pair, frequency: r.frequency }]));
  }

  /** Matches newest first (no text query, or past the ranked pool). */
  private async newestPage(where: Prisma.Sql, skip: number, take: number): Promise<string[]> {
    if (take <= 0) return [];
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT id FROM supervision.cases WHERE ${where} ORDER BY archived_at DESC, id ASC LIMIT ${take} OFFSET ${skip}`;
    return rows.map((r) => r.id);
  }

  /** The newest RANKED_POOL matches by rank, then the newest; past them, the rest newest first. */
  private async rankedPage(sql: CaseSearchSql, rank: Prisma.Sql, filter: { skip: number; take: number }, look: PoolLook): Promise<string[]> {
    const { where } = sql;
    const end = filter.skip + filter.take;
    const fromPool = async () => {
      if (filter.skip >= RANKED_POOL) return [];
      const pool = await this.newestMatches(sql, look);
      if (pool.length === 0) return [];
      const rows = await this.prisma.$queryRaw<{ id: string }[]>`
        SELECT id FROM supervision.cases WHERE id = ANY(${pool}::uuid[])
         ORDER BY ${rank} DESC, archived_at DESC, id ASC LIMIT ${Math.min(end, RANKED_POOL) - filter.skip} OFFSET ${filter.skip}`;
      return rows.map((r) => r.id);
    };
    const pastPool = () => (end > RANKED_POOL ? this.newestPage(where, Math.max(filter.skip, RANKED_POOL), end - Math.max(filter.skip, RANKED_POOL)) : Promise.resolve([]));
    const [ranked, rest] = await Promise.all([fromPool(), pastPool()]);
    return [...ranked, ...rest];
  }

  /**
   * The newest RANKED_POOL matches. For a common text ('newest-first'), first among the newest
   * RECENT_PROBE cases the other filters allow, read in archive order: if the pool is full there,
   * those are the newest matches of all (every case newer than the last one read was read).
   * Otherwise matches are spread over the whole table, so rather than read every one to find the
   * newest, look back a widening window (archived in the last week, month, …) through the pairs'
   * index: once a window holds the pool, those are the newest matches of all — everything outside
   * it is older — and only the window's matches were read. A search within a settled period is
   * bounded by it already (and neither the newest cases nor the windows, counted back from today,
   * need be in it): all at once.
   */
  private async newestMatches({ where, filters, text }: CaseSearchSql, look: PoolLook): Promise<string[]> {
    const inPeriod = look === 'period';
    if (look === 'newest-first') {
      const recent = await this.prisma.$queryRaw<{ id: string }[]>`
        SELECT id FROM (SELECT id, archived_at, reference, title, write_up, outcome_note, search_bigrams FROM supervision.cases
                         WHERE ${filters} ORDER BY archived_at DESC, id ASC LIMIT ${RECENT_PROBE}) recent
         WHERE ${text} ORDER BY archived_at DESC, id ASC LIMIT ${RANKED_POOL}`;
      if (recent.length === RANKED_POOL) return recent.map((r) => r.id);
    }
    for (const days of inPeriod ? [null] : POOL_WINDOWS_DAYS) {
      const since = days === null ? null : new Date(Date.now() - days * 86_400_000);
      const rows = await this.prisma.$queryRaw<{ id: string }[]>`
        SELECT id FROM supervision.cases WHERE ${where} AND (${since}::timestamptz IS NULL OR archived_at >= ${since}::timestamptz)
         ORDER BY archived_at DESC, id ASC LIMIT ${RANKED_POOL}`;
      if (rows.length === RANKED_POOL || days === null) return rows.map((r) => r.id);
    }
    return [];
  }

  /** Changes a case and records who changed what (and what it was) in the same transaction. */
  update(id: string, patch: CasePatch, actor: Pick<StaffPrincipal, 'staffId' | 'councilId'>): Promise<CaseRecord> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.case.findUniqueOrThrow({ where: { id } });
      const after = await tx.case.update({ where: { id }, data: patch });
      const changed = (Object.keys(patch) as (keyof CasePatch)[]).filter((k) => patch[k] !== undefined);
      await audit(tx, actor, 'update', 'case', id, pick(before, changed), pick(after, changed));
      return after;
    });
  }

  async countByOutcome(communityIds: string[]): Promise<Tally[]> {
    const groups = await this.prisma.case.groupBy({ by: ['outcome'], where: { communityId: { in: communityIds } }, _count: { _all: true } });
    return groups.map((g) => ({ key: g.outcome, count: g._count._all }));
  }

  async countByCategory(communityIds: string[]): Promise<Tally[]> {
    const groups = await this.prisma.case.groupBy({ by: ['category'], where: { communityId: { in: communityIds } }, _count: { _all: true } });
    return groups.map((g) => ({ key: g.category, count: g._count._all }));
  }

  countTypical(communityIds: string[]): Promise<number> {
    return this.prisma.case.count({ where: { typical: true, communityId: { in: communityIds } } });
  }
}

/** A term's rarest character pair and the share of cases holding it (null: no statistics yet). */
export interface RarestPair {
  pair: number[];
  frequency: number | null;
}

/** Where the newest matches are looked for: among the newest cases first, in windows back from today, or within the period searched. */
type PoolLook = 'newest-first' | 'windows' | 'period';

/**
 * Whether the newest RECENT_PROBE cases are likely to hold the pool: the share of cases that can
 * match is at most the product of the terms' rarest pairs' shares (a term without a pair, or
 * without statistics, is taken as common). A rare term is looked for in the windows straight
 * away rather than after reading 5,000 cases for nothing (a locality's 5,000 newest are read
 * from 30,000).
 */
export function probeWorthIt(terms: string[], rarest: ReadonlyMap<string, { frequency: number | null }>): boolean {
  const share = terms.reduce((product, term) => product * (rarest.get(term)?.frequency ?? 1), 1);
  return share * RECENT_PROBE >= RANKED_POOL;
}

/** The terms of a text query: split on white space and punctuation (Chinese and Latin; a hyphen stays, as in a reference), deduplicated. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  const terms = q.split(/[^\p{L}\p{N}-]+/u).filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** `%term%` for ILIKE, with the pattern's own wildcards escaped. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE and the rank of a case search. Text: every term must occur (ILIKE '%term%'). A
 * 2-character Chinese term (漏水) has no trigram of its own — pg_trgm pads only word edges, and a
 * Chinese sentence is one long "word" — so similarity operators never match it and ILIKE is the
 * only correct test; the cases that can contain a term are found first through the GIN index of
 * their stored character pairs (search_bigrams, 20261201020500), which serves every term of two
 * or more characters, and ILIKE checks those. A term's pairs occur together, so its rarest pair
 * alone (`rarestPairs`, read from the column's statistics; 20261201070000) finds nearly the same
 * cases, and the planner estimates it right — all of them, taken for independent, were expected
 * in a handful of cases and read in thousands. Without it (no statistics asked), all pairs. Ranking:
 * twice for each term in the title, once for each in the outcome note, plus the trigram
 * similarity of the title and the best-matching stretch of the whole text to the query.
 */
export interface CaseSearchSql {
  /** Every condition: `filters AND text`. */
  where: Prisma.Sql;
  /** The conditions other than the text (council, community, category, outcome, period, flags). */
  filters: Prisma.Sql;
  /** The text's conditions (true without a text query). */
  text: Prisma.Sql;
  /** The rank of a text query's match (null without one). */
  rank: Prisma.Sql | null;
}

export function caseSearchSql(filter: Omit<CaseSearch, 'take' | 'skip'>, rarestPairs: ReadonlyMap<string, Pick<RarestPair, 'pair'>> = new Map()): CaseSearchSql {
  const communities = filter.communityId !== undefined ? filter.councilCommunityIds.filter((id) => id === filter.communityId) : filter.councilCommunityIds;
  const conditions: Prisma.Sql[] = [communities.length ? Prisma.sql`community_id IN (${Prisma.join(communities)})` : Prisma.sql`false`];
  if (filter.category !== undefined) conditions.push(Prisma.sql`category = ${filter.category}`);
  if (filter.outcome !== undefined) conditions.push(Prisma.sql`outcome = ${filter.outcome}`);
  if (filter.typical !== undefined) conditions.push(Prisma.sql`typical = ${filter.typical}`);
  if (filter.imported !== undefined) conditions.push(Prisma.sql`imported = ${filter.imported}`);
  if (filter.settledFrom) conditions.push(Prisma.sql`settled_at >= ${filter.settledFrom}`);
  if (filter.settledTo) conditions.push(Prisma.sql`settled_at < ${filter.settledTo}`);
  const filters = Prisma.join(conditions, ' AND ');
  const terms = searchTerms(filter.q);
  const matching: Prisma.Sql[] = [];
  for (const term of terms) {
    const pattern = containsPattern(term);
    // Only a case holding every character pair of the term (so its rarest) can contain it: the
    // GIN index over search_bigrams finds those (a 1-character term has no pair and is matched
    // by ILIKE alone). (pg_catalog's @>, whose estimates know each pair's frequency; intarray's guesses.)
    if ([...term].length >= 2) {
      const pair = rarestPairs.get(term)?.pair;
      matching.push(Prisma.sql`search_bigrams OPERATOR(pg_catalog.@>) ${pair ? Prisma.sql`${pair}::integer[]` : Prisma.sql`supervision.text_bigrams(${term})`}`);
    }
    // A reference (SL-2026-000123) is matched too (its pairs are in search_bigrams), but only
    // when the term could be one.
    matching.push(/^[A-Za-z0-9-]+$/.test(term) && /\d/.test(term) ? Prisma.sql`(${SEARCH_TEXT} ILIKE ${pattern} OR reference ILIKE ${pattern})` : Prisma.sql`${SEARCH_TEXT} ILIKE ${pattern}`);
  }
  const text = matching.length ? Prisma.join(matching, ' AND ') : Prisma.sql`true`;
  const where = matching.length ? Prisma.sql`${filters} AND ${text}` : filters;
  if (terms.length === 0) return { where, filters, text, rank: null };
  const query = terms.join(' ');
  const inTitle = terms.map((t) => Prisma.sql`(CASE WHEN coalesce(title, '') ILIKE ${containsPattern(t)} THEN 2 ELSE 0 END)`);
  const inOutcome = terms.map((t) => Prisma.sql`(CASE WHEN coalesce(outcome_note, '') ILIKE ${containsPattern(t)} THEN 1 ELSE 0 END)`);
  const rank = Prisma.sql`(${Prisma.join([...inTitle, ...inOutcome], ' + ')} + public.similarity(coalesce(title, ''), ${query}) + public.word_similarity(${query}, ${SEARCH_TEXT}))`;
  return { where, filters, text, rank };
}
