import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService, type Tally } from '@shangliang/persistence';

export interface FigureRange {
  from: Date;
  to: Date;
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

  /** Cases archived in the range by outcome (solved, explained, referred). */
  async archivedByOutcome(filter: CaseFigureFilter, range: FigureRange): Promise<Tally[]> {
    const groups = await this.prisma.case.groupBy({ by: ['outcome'], where: this.archivedIn(filter, range), _count: { _all: true } });
    return groups.map((g) => ({ key: g.outcome, count: g._count._all }));
  }

  /** Cases archived in the range by the resident's answer at the call-back (null: none recorded). */
  async archivedBySatisfaction(filter: CaseFigureFilter, range: FigureRange): Promise<Tally[]> {
    const groups = await this.prisma.case.groupBy({ by: ['satisfaction'], where: this.archivedIn(filter, range), _count: { _all: true } });
    return groups.map((g) => ({ key: g.satisfaction ?? 'none', count: g._count._all }));
  }

  /**
   * The period's archived cases by outcome and by satisfaction, and the settled cases of one
   * category, in one pass over the period (index-only, cases_community_id_archived_at_idx):
   * what archivedByOutcome, archivedBySatisfaction and countSettled count, read once.
   */
  async archivedTallies(filter: CaseFigureFilter, category: string, range: FigureRange): Promise<{ byOutcome: Tally[]; bySatisfaction: Tally[]; settled: number }> {
    const rows = await this.prisma.$queryRaw<{ outcome: string; satisfaction: string | null; n: number; settled: number }[]>`
      SELECT outcome, satisfaction, count(*)::int AS n, (count(*) FILTER (WHERE category = ${category} AND outcome = 'solved'))::int AS settled
        FROM supervision.cases
       WHERE community_id = ANY(${filter.communityIds}::text[])
         AND (${filter.departmentId}::text IS NULL OR department_id = ${filter.departmentId}::text)
         AND archived_at >= ${range.from}::timestamptz AND archived_at < ${range.to}::timestamptz
       GROUP BY outcome, satisfaction`;
    const tally = (key: (r: (typeof rows)[number]) => string) => {
      const counts = new Map<string, number>();
      for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + r.n);
      return [...counts].map(([k, count]) => ({ key: k, count }));
    };
    return { byOutcome: tally((r) => r.outcome), bySatisfaction: tally((r) => r.satisfaction ?? 'none'), settled: rows.reduce((n, r) => n + r.settled, 0) };
  }

  countSettled(filter: CaseFigureFilter, category: string, range: FigureRange): Promise<number> {
    return this.prisma.case.count({ where: { ...this.archivedIn(filter, range), category, outcome: 'solved' } });
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
