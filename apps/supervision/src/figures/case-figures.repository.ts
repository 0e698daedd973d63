import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService, splitIntoChinaDays, type Tally } from '@shangliang/persistence';

export interface FigureRange {
  from: Date;
  to: Date;
}

/** Sums of supervision.case_day_counts. */
interface DayCounts {
  archived: number;
  solved: number;
  explained: number;
  referred: number;
  satisfied: number;
  basically_satisfied: number;
  dissatisfied: number;
  not_reached: number;
  no_answer: number;
  land_acquisition_solved: number;
}

interface ArchivedTally {
  outcome: string;
  satisfaction: string | null;
  n: number;
  settled: number;
}

export interface CaseFigureFilter {
  communityIds: string[];
  /** Only cases and escalations of this department (a department area). */
  departmentId: string | null;
}

/** Counts over the case bank (案例库) and democratic supervision (民主监督) for the figures. */
@Injectable()
export class CaseFiguresRepository {
  constructor(private readonly prisma: PrismaService) {}

  private archivedIn(filter: CaseFigureFilter, range: FigureRange): Prisma.CaseWhereInput {
    return {
      communityId: { in: filter.communityIds },
      ...(filter.departmentId ? { departmentId: filter.departmentId } : {}),
      archivedAt: { gte: range.from, lt: range.to },
    };
  }

  /**
   * The period's archived cases by outcome and by satisfaction, and the land-acquisition cases
   * settled as solved (征地拆迁纠纷化解). Exact: the whole China days of the range come from
   * supervision.case_day_counts (kept by a trigger in the same transaction as the cases; a
   * department's cases under its own key), any part of a day at its ends from the cases. An
   * outcome or answer the rollup has no column for is counted under `other`.
   */
  async archivedTallies(filter: CaseFigureFilter, range: FigureRange): Promise<{ byOutcome: Tally[]; bySatisfaction: Tally[]; settled: number }> {
    const { days, edges } = splitIntoChinaDays(range);
    const [rollup, ...rows] = await Promise.all([days ? this.archivedFromRollup(filter, days) : Promise.resolve(null), ...edges.map((edge) => this.archivedFromRows(filter, edge))]);
    const byOutcome = new Map<string, number>();
    const bySatisfaction = new Map<string, number>();
    const add = (counts: Map<string, number>, key: string, n: number) => n !== 0 && counts.set(key, (counts.get(key) ?? 0) + n);
    let settled = 0;
    if (rollup) {
      const { archived, solved, explained, referred, satisfied, basically_satisfied, dissatisfied, not_reached, no_answer } = rollup;
      add(byOutcome, 'solved', solved);
      add(byOutcome, 'explained', explained);
      add(byOutcome, 'referred', referred);
      add(byOutcome, 'other', archived - solved - explained - referred);
      add(bySatisfaction, 'satisfied', satisfied);
      add(bySatisfaction, 'basically_satisfied', basically_satisfied);
      add(bySatisfaction, 'dissatisfied', dissatisfied);
      add(bySatisfaction, 'not_reached', not_reached);
      add(bySatisfaction, 'none', no_answer);
      add(bySatisfaction, 'other', archived - satisfied - basically_satisfied - dissatisfied - not_reached - no_answer);
      settled += rollup.land_acquisition_solved;
    }
    for (const r of rows.flat()) {
      add(byOutcome, r.outcome, r.n);
      add(bySatisfaction, r.satisfaction ?? 'none', r.n);
      settled += r.settled;
    }
    const tallies = (counts: Map<string, number>) => [...counts].map(([key, count]) => ({ key, count }));
    return { byOutcome: tallies(byOutcome), bySatisfaction: tallies(bySatisfaction), settled };
  }

  private async archivedFromRollup(filter: CaseFigureFilter, days: { from: string; to: string }): Promise<DayCounts> {
    const [sums] = await this.prisma.$queryRaw<DayCounts[]>`
      SELECT coalesce(sum(archived), 0)::int AS archived, coalesce(sum(solved), 0)::int AS solved, coalesce(sum(explained), 0)::int AS explained,
             coalesce(sum(referred), 0)::int AS referred, coalesce(sum(satisfied), 0)::int AS satisfied,
             coalesce(sum(basically_satisfied), 0)::int AS basically_satisfied, coalesce(sum(dissatisfied), 0)::int AS dissatisfied,
             coalesce(sum(not_reached), 0)::int AS not_reached, coalesce(sum(no_answer), 0)::int AS no_answer,
             coalesce(sum(land_acquisition_solved), 0)::int AS land_acquisition_solved
        FROM supervision.case_day_counts
       WHERE department_key = ${filter.departmentId ?? ''} AND community_id = ANY(${filter.communityIds}::text[])
         AND day >= ${days.from}::date AND day < ${days.to}::date`;
    return sums;
  }

  /** The same counts from the cases (index-only, cases_community_id_archived_at_idx). */
  private archivedFromRows(filter: CaseFigureFilter, range: FigureRange): Promise<ArchivedTally[]> {
    return this.prisma.$queryRaw<ArchivedTally[]>`
      SELECT outcome, satisfaction, count(*)::int AS n, (count(*) FILTER (WHERE category = 'land_acquisition' AND outcome = 'solved'))::int AS settled
        FROM supervision.cases
       WHERE community_id = ANY(${filter.communityIds}::text[])
         AND (${filter.departmentId}::text IS NULL OR department_id = ${filter.departmentId}::text)
         AND archived_at >= ${range.from}::timestamptz AND archived_at < ${range.to}::timestamptz
       GROUP BY outcome, satisfaction`;
  }

  /** Democratic-supervision cases open at `at`: opened before it and not resolved by then. */
  countOpenEscalations(filter: CaseFigureFilter, at: Date): Promise<number> {
    return this.prisma.supervisionCase.count({
      where: {
        communityId: { in: filter.communityIds },
        ...(filter.departmentId ? { departmentId: filter.departmentId } : {}),
        openedAt: { lt: at },
        OR: [{ resolvedAt: null }, { resolvedAt: { gte: at } }],
      },
    });
  }

  countEscalationsOpened(filter: CaseFigureFilter, range: FigureRange): Promise<number> {
    return this.prisma.supervisionCase.count({
      where: {
        communityId: { in: filter.communityIds },
        ...(filter.departmentId ? { departmentId: filter.departmentId } : {}),
        openedAt: { gte: range.from, lt: range.to },
      },
    });
  }

  /** Typical cases (典型案例) archived in the range, for the reports: title and write-up, no resident. */
  typicalCases(filter: CaseFigureFilter, range: FigureRange, take = 50) {
    return this.prisma.case.findMany({
      where: { ...this.archivedIn(filter, range), typical: true },
      select: { id: true, reference: true, title: true, writeUp: true, category: true, communityId: true, outcome: true, satisfaction: true, archivedAt: true },
      orderBy: [{ archivedAt: 'asc' }, { id: 'asc' }],
      take,
    });
  }

  /** The case bank for the workbook: every case archived in the range, a bounded page at a time. */
  casesArchived(filter: CaseFigureFilter, range: FigureRange, take: number) {
    return this.prisma.case.findMany({
      where: this.archivedIn(filter, range),
      select: {
        reference: true,
        title: true,
        category: true,
        communityId: true,
        outcome: true,
        departmentId: true,
        escalationRungs: true,
        satisfaction: true,
        submittedAt: true,
        settledAt: true,
        archivedAt: true,
        typical: true,
        writeUp: true,
      },
      orderBy: [{ archivedAt: 'asc' }, { id: 'asc' }],
      take,
    });
  }
}
