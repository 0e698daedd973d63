import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';
import type { Tally } from '@shangliang/persistence';

export type CaseRecord = Prisma.CaseGetPayload<object>;
export type NewCase = Omit<CaseRecord, 'archivedAt' | 'writeUp' | 'typical' | 'outcomeNote' | 'imported' | 'importKey'>;

export interface CaseSearch {
  category?: string;
  communityId?: string;
  /** The communities the caller's council covers; cases elsewhere are never found. */
  councilCommunityIds: string[];
  typical?: boolean;
  outcome?: string;
  q?: string;
  take: number;
  skip: number;
}

/** The case bank (解决问题案例库). Only the supervision service uses it. */
@Injectable()
export class CaseRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One case per problem (unique): a repeated request inserts nothing. Returns whether it was new. */
  async archive(newCase: NewCase): Promise<boolean> {
    const { count } = await this.prisma.case.createMany({ data: [newCase], skipDuplicates: true });
    return count > 0;
  }

  findById(id: string): Promise<CaseRecord | null> {
    return this.prisma.case.findUnique({ where: { id } });
  }

  findByIds(ids: string[]): Promise<CaseRecord[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.prisma.case.findMany({ where: { id: { in: ids } } });
  }

  search(filter: CaseSearch): Promise<[CaseRecord[], number]> {
    const where = caseWhere(filter);
    return this.prisma.$transaction([
      this.prisma.case.findMany({ where, orderBy: [{ archivedAt: 'desc' }, { id: 'asc' }], take: filter.take, skip: filter.skip }),
      this.prisma.case.count({ where }),
    ]);
  }

  update(id: string, patch: { title?: string; writeUp?: string; typical?: boolean }): Promise<CaseRecord> {
    return this.prisma.case.update({ where: { id }, data: patch });
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

export function caseWhere(filter: Omit<CaseSearch, 'take' | 'skip'>): Prisma.CaseWhereInput {
  const text = filter.q ? { contains: filter.q, mode: 'insensitive' as const } : undefined;
  return {
    category: filter.category,
    communityId: filter.communityId !== undefined && !filter.councilCommunityIds.includes(filter.communityId) ? { in: [] } : (filter.communityId ?? { in: filter.councilCommunityIds }),
    typical: filter.typical,
    outcome: filter.outcome,
    OR: text ? [{ title: text }, { writeUp: text }, { reference: text }] : undefined,
  };
}
