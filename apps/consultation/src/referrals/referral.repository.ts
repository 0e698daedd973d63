import { Injectable } from '@nestjs/common';
import type { EscalationRung } from '@shangliang/contracts';
import { type CappedTotal, pageWithCappedTotal, type Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import type { Tally } from '@shangliang/persistence';
import type { ReferralScope } from './referral.queries';

export const referralWithContext = {
  item: { select: { reference: true, category: true, communityId: true, leadMemberId: true } },
  escalations: { orderBy: { notifiedAt: 'asc' } },
  steps: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  photos: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.ReferralInclude;
export type ReferralRecord = Prisma.ReferralGetPayload<object>;
export type ReferralWithContext = Prisma.ReferralGetPayload<{ include: typeof referralWithContext }>;

/**
 * Earliest deadline first. The indexes (due_at, id), (status, due_at, id), (department_id,
 * due_at, id) and the partial one of what awaits the team lead serve this order, carrying the
 * community, so a page and the capped total walk an index and stop.
 */
const LIST_ORDER: Prisma.ReferralOrderByWithRelationInput[] = [{ dueAt: 'asc' }, { id: 'asc' }];

/** Referrals to departments and the escalation rungs they were notified of. */
@Injectable()
export class ReferralRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findById(id: string): Promise<ReferralRecord | null> {
    return this.prisma.referral.findUnique({ where: { id } });
  }

  findWithContext(id: string): Promise<ReferralWithContext | null> {
    return this.prisma.referral.findUnique({ where: { id }, include: referralWithContext });
  }

  /**
   * A page of the referrals in scope, and how many there are up to TOTAL_CAP. `awaitingLead`: sent
   * back, completed, or with an extension request — the team lead's to decide.
   */
  list(filter: { status?: string; awaitingLead?: boolean; scope: ReferralScope; take: number; skip: number }): Promise<[ReferralWithContext[], CappedTotal]> {
    const where: Prisma.ReferralWhereInput = {
      status: filter.status,
      ...scopeWhere(filter.scope),
      ...(filter.awaitingLead ? { OR: [{ status: { in: ['returned', 'completed'] } }, { extensionDueAt: { not: null } }] } : {}),
    };
    return pageWithCappedTotal(
      { where, orderBy: LIST_ORDER },
      (query) => this.prisma.referral.findMany({ ...query, include: referralWithContext, take: filter.take, skip: filter.skip }),
      (query) => this.prisma.referral.count(query),
    );
  }

  /** Records the answer if the referral is still open; returns whether it was. */
  async markResponded(tx: Tx, id: string, answer: { response: string; respondedBy: string; respondedAt: Date }): Promise<boolean> {
    const { count } = await tx.referral.updateMany({ where: { id, status: 'open' }, data: { status: 'responded', ...answer } });
    return count === 1;
  }

  /**
   * Records one rung, keyed by the workflow's command id and unique per (referral, rung): a
   * redelivered command, or the same rung sent twice, adds nothing. Returns whether it was new.
   */
  async recordEscalation(escalation: { id: string; referralId: string; rung: EscalationRung }): Promise<boolean> {
    const { count } = await this.prisma.referralEscalation.createMany({ data: [escalation], skipDuplicates: true });
    return count > 0;
  }

  /** Counts for the programme's figures: referrals by status, and those answered in time. */
  async figures(communityIds: string[]): Promise<{ byStatus: Tally[]; respondedInTime: number }> {
    const item = { communityId: { in: communityIds } };
    const [byStatus, respondedInTime] = await Promise.all([
      this.prisma.referral.groupBy({ by: ['status'], where: { item }, _count: { _all: true } }),
      // Answered the old way, or completed and confirmed by the team lead, by the deadline.
      this.prisma.referral.count({ where: { item, status: { in: ['responded', 'confirmed'] }, respondedAt: { lte: this.prisma.referral.fields.dueAt } } }),
    ]);
    return { byStatus: byStatus.map((g) => ({ key: g.status, count: g._count._all })), respondedInTime };
  }
}

function scopeWhere(scope: ReferralScope): Prisma.ReferralWhereInput {
  if (scope.departmentId !== undefined) return { departmentId: scope.departmentId };
  // The team can change, so the lead is the item's; the lead's index finds their items.
  if (scope.leadMemberId !== undefined) return { item: { leadMemberId: scope.leadMemberId } };
  // The item's community, which the referral carries (kept by triggers): no join of every item.
  return { communityId: { in: scope.communityIds } };
}
