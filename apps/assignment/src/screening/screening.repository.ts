import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService, type Tx } from '@shangliang/persistence';

export type ScreeningItemRecord = Prisma.ScreeningItemGetPayload<object>;

@Injectable()
export class ScreeningRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  find(problemId: string): Promise<ScreeningItemRecord | null> {
    return this.prisma.screeningItem.findUnique({ where: { problemId } });
  }

  list(filter: { status?: string; communityIds: string[] | null }): Promise<ScreeningItemRecord[]> {
    return this.prisma.screeningItem.findMany({
      where: { status: filter.status, communityId: filter.communityIds ? { in: filter.communityIds } : undefined },
      orderBy: [{ escalationLevel: 'desc' }, { dueAt: 'asc' }],
      take: 500,
    });
  }

  /**
   * Idempotent: a redelivered request finds the item already there. An item withdrawn because
   * its problem was merged comes back to the queue when the problem is unmerged.
   */
  async open(item: { problemId: string; reference: string; category: string; communityId: string; dueAt: Date }): Promise<void> {
    await this.prisma.screeningItem.upsert({ where: { problemId: item.problemId }, create: { ...item, status: 'pending' }, update: {} });
    await this.prisma.screeningItem.updateMany({
      where: { problemId: item.problemId, status: 'withdrawn' },
      data: { status: 'pending', dueAt: item.dueAt, escalationLevel: 0 },
    });
  }

  /** A merged problem leaves the screening queue; a decided one is left as it is. */
  async withdraw(problemId: string): Promise<void> {
    await this.prisma.screeningItem.updateMany({ where: { problemId, status: 'pending' }, data: { status: 'withdrawn' } });
  }

  /** Only raises the level, so a redelivered or late command cannot lower it. */
  async escalate(problemId: string, level: number): Promise<number> {
    const result = await this.prisma.screeningItem.updateMany({ where: { problemId, status: 'pending', escalationLevel: { lt: level } }, data: { escalationLevel: level } });
    return result.count;
  }
}
