import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { type Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import type { Tally } from '@shangliang/persistence';

export type SupervisionCaseRecord = Prisma.SupervisionCaseGetPayload<object>;

/** Democratic-supervision cases (民主监督). Only the supervision service uses it. */
@Injectable()
export class SupervisionCaseRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** One case per referral (unique): a repeated request inserts nothing. Returns whether it was new. */
  async open(command: PayloadOf<'supervision', 'supervision-case.requested'>): Promise<boolean> {
    const { count } = await this.prisma.supervisionCase.createMany({
      data: [
        {
          id: randomUUID(),
          problemId: command.problemId,
          referralId: command.referralId,
          reference: command.reference,
          category: command.category,
          communityId: command.communityId,
          departmentId: command.departmentId,
          status: 'open',
        },
      ],
      skipDuplicates: true,
    });
    return count > 0;
  }

  findById(id: string): Promise<SupervisionCaseRecord | null> {
    return this.prisma.supervisionCase.findUnique({ where: { id } });
  }

  /** `communityIds` null lists the whole city. */
  list(filter: { status?: string; communityIds: string[] | null; take: number; skip: number }): Promise<[SupervisionCaseRecord[], number]> {
    const where: Prisma.SupervisionCaseWhereInput = {
      status: filter.status,
      communityId: filter.communityIds ? { in: filter.communityIds } : undefined,
    };
    return this.prisma.$transaction([
      this.prisma.supervisionCase.findMany({ where, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }], take: filter.take, skip: filter.skip }),
      this.prisma.supervisionCase.count({ where }),
    ]);
  }

  /** Resolves the case if it is still open; returns whether it was. */
  async markResolved(tx: Tx, id: string, resolution: { resolution: string; resolvedBy: string; resolvedAt: Date }): Promise<boolean> {
    const { count } = await tx.supervisionCase.updateMany({ where: { id, status: 'open' }, data: { status: 'resolved', ...resolution } });
    return count === 1;
  }

  async countByStatus(communityIds: string[]): Promise<Tally[]> {
    const groups = await this.prisma.supervisionCase.groupBy({ by: ['status'], where: { communityId: { in: communityIds } }, _count: { _all: true } });
    return groups.map((g) => ({ key: g.status, count: g._count._all }));
  }
}
