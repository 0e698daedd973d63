import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService, type Tx } from '@shangliang/persistence';

export const itemWithClaims = { claims: { orderBy: { seat: 'asc' } } } satisfies Prisma.ClaimItemInclude;
export type ClaimItemRecord = Prisma.ClaimItemGetPayload<{ include: typeof itemWithClaims }>;

@Injectable()
export class ClaimRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  find(problemId: string): Promise<ClaimItemRecord | null> {
    return this.prisma.claimItem.findUnique({ where: { problemId }, include: itemWithClaims });
  }

  list(filter: { status?: string; communityIds: string[] | null; minEscalationLevel?: number }): Promise<ClaimItemRecord[]> {
    return this.prisma.claimItem.findMany({
      where: {
        status: filter.status,
        communityId: filter.communityIds ? { in: filter.communityIds } : undefined,
        escalationLevel: filter.minEscalationLevel !== undefined ? { gte: filter.minEscalationLevel } : undefined,
      },
      include: itemWithClaims,
      orderBy: [{ escalationLevel: 'desc' }, { dueAt: 'asc' }],
      take: 500,
    });
  }

  /** Idempotent: a redelivered command finds the item already open. */
  async open(item: { problemId: string; reference: string; category: string; communityId: string; scope: string; seats: number; dueAt: Date }): Promise<void> {
    await this.prisma.claimItem.upsert({ where: { problemId: item.problemId }, create: { ...item, status: 'open' }, update: {} });
  }

  /** A settled problem's team is done: idempotent (only a formed item closes). */
  async close(problemId: string): Promise<void> {
    await this.prisma.claimItem.updateMany({ where: { problemId, status: 'formed' }, data: { status: 'closed' } });
  }

  /** Only raises the level, so a redelivered or late command cannot lower it. */
  async escalate(problemId: string, level: number, dueAt: Date): Promise<void> {
    await this.prisma.claimItem.updateMany({ where: { problemId, status: 'open', escalationLevel: { lt: level } }, data: { escalationLevel: level, dueAt } });
  }

  /** Takes the item's row lock: claims on one item are serialised, so seats cannot be double-booked. */
  async lock(tx: Tx, problemId: string): Promise<{ status: string; seats: number } | null> {
    const rows = await tx.$queryRaw<{ status: string; seats: number }[]>`
      SELECT status, seats FROM assignment.claim_items WHERE problem_id = ${problemId}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  /** How many unsettled items each member is on now (teams formed, problem not yet settled). */
  async loadByMember(memberIds: string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.claim.groupBy({ by: ['memberId'], where: { memberId: { in: memberIds }, item: { status: 'formed' } }, _count: { _all: true } });
    return new Map(rows.map((r) => [r.memberId, r._count._all]));
  }

  /** How many settled problems of a category each member worked on (their experience). */
  async pastCasesByMember(memberIds: string[], category: string): Promise<Map<string, number>> {
    const rows = await this.prisma.claim.groupBy({ by: ['memberId'], where: { memberId: { in: memberIds }, item: { status: 'closed', category } }, _count: { _all: true } });
    return new Map(rows.map((r) => [r.memberId, r._count._all]));
  }
}
