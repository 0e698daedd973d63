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

  countCategory(communityIds: string[], category: string, range: FigureRange): Promise<number> {
    return this.prisma.problem.count({ where: { communityId: { in: communityIds }, category, createdAt: { gte: range.from, lt: range.to }, mergedIntoId: null } });
  }
}
