import { Injectable } from '@nestjs/common';
import { PrismaService, type Tally } from '@shangliang/persistence';

export interface FigureRange {
  from: Date;
  to: Date;
}

/** Counts over the problem bank for the programme's figures (only intake reads its tables). */
@Injectable()
export class ProblemFiguresRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Problems raised in the range by channel. A duplicate merged into another problem is the same
   * complaint (every reporter is kept on the open one), so it is not counted twice.
   */
  async countBySource(communityIds: string[], range: FigureRange): Promise<Tally[]> {
    const groups = await this.prisma.problem.groupBy({
      by: ['source'],
      where: { communityId: { in: communityIds }, createdAt: { gte: range.from, lt: range.to }, mergedIntoId: null },
      _count: { _all: true },
    });
    return groups.map((g) => ({ key: g.source, count: g._count._all }));
  }

  /**
   * countBySource and countCategory in one pass over the range (index-only through
   * problems_community_id_created_at_idx, which carries source, category and merged_into_id).
   */
  async tallyBySource(communityIds: string[], category: string, range: FigureRange): Promise<{ bySource: Tally[]; inCategory: number }> {
    const rows = await this.prisma.$queryRaw<{ source: string; n: number; in_category: number }[]>`
      SELECT source, count(*)::int AS n, (count(*) FILTER (WHERE category = ${category}))::int AS in_category
        FROM intake.problems
       WHERE community_id = ANY(${communityIds}::text[]) AND created_at >= ${range.from}::timestamptz AND created_at < ${range.to}::timestamptz AND merged_into_id IS NULL
       GROUP BY source`;
    return { bySource: rows.map((r) => ({ key: r.source, count: r.n })), inCategory: rows.reduce((n, r) => n + r.in_category, 0) };
  }

  countCategory(communityIds: string[], category: string, range: FigureRange): Promise<number> {
    return this.prisma.problem.count({ where: { communityId: { in: communityIds }, category, createdAt: { gte: range.from, lt: range.to }, mergedIntoId: null } });
  }
}
