import { Injectable } from '@nestjs/common';
import type { PayloadOf, Satisfaction } from '@shangliang/contracts';
import { type Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import type { Tally } from '@shangliang/persistence';

export type FollowUpRecord = Prisma.FollowUpGetPayload<object>;

/** Call-backs to residents (回访) after a problem is settled. Only the supervision service uses it. */
@Injectable()
export class FollowUpRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** One follow-up per problem: a repeated request inserts nothing. Returns whether it was new. */
  async open(command: PayloadOf<'supervision', 'follow-up.requested'>): Promise<boolean> {
    const { count } = await this.prisma.followUp.createMany({
      data: [
        {
          problemId: command.problemId,
          reference: command.reference,
          category: command.category,
          communityId: command.communityId,
          status: 'pending',
          dueAt: new Date(command.dueAt),
        },
      ],
      skipDuplicates: true,
    });
    return count > 0;
  }

  findById(problemId: string): Promise<FollowUpRecord | null> {
    return this.prisma.followUp.findUnique({ where: { problemId } });
  }

  /** `communityIds` null lists the whole city. */
  list(filter: { status?: string; communityIds: string[] | null; take: number; skip: number }): Promise<[FollowUpRecord[], number]> {
    const where: Prisma.FollowUpWhereInput = {
      status: filter.status,
      communityId: filter.communityIds ? { in: filter.communityIds } : undefined,
    };
    return this.prisma.$transaction([
      this.prisma.followUp.findMany({ where, orderBy: [{ dueAt: 'asc' }, { problemId: 'asc' }], take: filter.take, skip: filter.skip }),
      this.prisma.followUp.count({ where }),
    ]);
  }

  /** Records the call-back if it is still pending; returns whether it was. */
  async markRecorded(
    tx: Tx,
    problemId: string,
    callBack: { satisfaction: Satisfaction; note: string | null; recordedBy: string; recordedAt: Date },
  ): Promise<boolean> {
    const { count } = await tx.followUp.updateMany({ where: { problemId, status: 'pending' }, data: { status: 'recorded', ...callBack } });
    return count === 1;
  }

  async countByStatus(communityIds: string[]): Promise<Tally[]> {
    const groups = await this.prisma.followUp.groupBy({ by: ['status'], where: { communityId: { in: communityIds } }, _count: { _all: true } });
    return groups.map((g) => ({ key: g.status, count: g._count._all }));
  }

  async countRecordedBySatisfaction(communityIds: string[]): Promise<Tally[]> {
    const groups = await this.prisma.followUp.groupBy({ by: ['satisfaction'], where: { status: 'recorded', communityId: { in: communityIds } }, _count: { _all: true } });
    return groups.flatMap((g) => (g.satisfaction ? [{ key: g.satisfaction, count: g._count._all }] : []));
  }
}
