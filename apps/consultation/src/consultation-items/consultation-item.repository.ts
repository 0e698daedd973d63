import { Injectable } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { type CappedTotal, pageWithCappedTotal, type Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import type { Tally } from '@shangliang/persistence';

export const itemWithRecord = {
  consultations: { orderBy: [{ round: 'asc' }, { heldAt: 'asc' }], include: { photos: { orderBy: { createdAt: 'asc' } } } },
  referrals: { orderBy: { createdAt: 'asc' }, include: { escalations: { orderBy: { notifiedAt: 'asc' } } } },
} satisfies Prisma.ConsultationItemInclude;
export type ConsultationItemRecord = Prisma.ConsultationItemGetPayload<object>;
export type ConsultationItemDetail = Prisma.ConsultationItemGetPayload<{ include: typeof itemWithRecord }>;

/** Who may see which items: `null` communities means the whole city. */
export interface ItemVisibility {
  communityIds: string[] | null;
  memberId: string | null;
}

export interface NewConsultation {
  id: string;
  problemId: string;
  form: string;
  heldAt: Date;
  venue: string;
  participants: Prisma.InputJsonObject;
  summary: string;
  outcome: string | null;
  recordedBy: string;
  round: number;
  concludedAt: Date | null;
  studioId?: string | null;
  attendedMemberIds?: string[];
  representativeNames?: string[];
  agenda?: string | null;
  minutes?: string | null;
  decisions?: string | null;
}

export interface NewReferral {
  id: string;
  problemId: string;
  departmentId: string;
  request: string;
  dueAt: Date;
  /** Set on a re-referral: the referral the previous department sent back. */
  previousReferralId?: string;
}

/**
 * Earliest deadline first. The indexes (due_at, problem_id) and (status, due_at, problem_id), each
 * carrying the community, serve this order, so a page and the capped total walk an index and stop;
 * a few communities' items are read from (community_id, due_at, problem_id) and sorted.
 */
const LIST_ORDER: Prisma.ConsultationItemOrderByWithRelationInput[] = [{ dueAt: 'asc' }, { problemId: 'asc' }];

/** Consultation items (协商解单) and their consultations. Only the consultation service uses it. */
@Injectable()
export class ConsultationItemRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /**
   * Inserts the item unless the problem already has one; returns whether it was new. An item the
   * team lead took back from a department is open again and takes the new round's deadline
   * (only ever a later one, so a redelivered older command changes nothing).
   */
  async open(command: PayloadOf<'consultation', 'consultation.requested'>): Promise<boolean> {
    const dueAt = new Date(command.dueAt);
    const { count } = await this.prisma.consultationItem.createMany({
      data: [
        {
          problemId: command.problemId,
          reference: command.reference,
          category: command.category,
          communityId: command.communityId,
          leadMemberId: command.leadMemberId,
          memberIds: command.memberIds,
          urgency: command.urgency ?? null,
          status: 'open',
          dueAt,
        },
      ],
      skipDuplicates: true,
    });
    if (count > 0) return true;
    if (command.reopen) return this.reopenFor(command.problemId, command.reopen, dueAt);
    await this.prisma.consultationItem.updateMany({ where: { problemId: command.problemId, status: 'open', dueAt: { lt: dueAt } }, data: { dueAt } });
    return false;
  }

  /**
   * Release 4: a concluded item is consulted on again — the resident was dissatisfied, or a
   * supervisor convened a point-to-point consultation with the department. Once per key.
   */
  private async reopenFor(problemId: string, reopen: NonNullable<PayloadOf<'consultation', 'consultation.requested'>['reopen']>, dueAt: Date): Promise<boolean> {
    const { count } = await this.prisma.consultationItem.updateMany({
      where: { problemId, status: 'concluded', OR: [{ reopenKey: null }, { reopenKey: { not: reopen.key } }] },
      data: { status: 'open', round: { increment: 1 }, dueAt, reopenKey: reopen.key, reopenReason: reopen.reason, participantDepartmentId: reopen.departmentId },
    });
    return count > 0;
  }

  /** The team lead took the problem back from a department: the team consults again. */
  async reopen(tx: Tx, problemId: string): Promise<void> {
    await tx.consultationItem.update({ where: { problemId }, data: { status: 'open', round: { increment: 1 } } });
  }

  findById(problemId: string): Promise<ConsultationItemRecord | null> {
    return this.prisma.consultationItem.findUnique({ where: { problemId } });
  }

  findDetail(problemId: string): Promise<ConsultationItemDetail | null> {
    return this.prisma.consultationItem.findUnique({ where: { problemId }, include: itemWithRecord });
  }

  /**
   * A page of the items the caller may see, and how many there are up to TOTAL_CAP. A team's items
   * (a member's, a group leader's) are found through the indexes of the lead and of the members.
   */
  list(filter: { status?: string; visibility: ItemVisibility; take: number; skip: number }): Promise<[ConsultationItemRecord[], CappedTotal]> {
    const where: Prisma.ConsultationItemWhereInput = { status: filter.status, ...visibleWhere(filter.visibility) };
    return pageWithCappedTotal(
      { where, orderBy: LIST_ORDER },
      (query) => this.prisma.consultationItem.findMany({ ...query, take: filter.take, skip: filter.skip }),
      (query) => this.prisma.consultationItem.count(query),
    );
  }

  /**
   * Closes the item if it is still open. The conditional update takes the row lock, so of two
   * concurrent conclusions exactly one sees a count of 1.
   */
  async conclude(tx: Tx, problemId: string): Promise<boolean> {
    const { count } = await tx.consultationItem.updateMany({ where: { problemId, status: 'open' }, data: { status: 'concluded' } });
    return count === 1;
  }

  async addConsultation(tx: Tx, consultation: NewConsultation): Promise<void> {
    await tx.consultation.create({ data: consultation });
  }

  /** Counts for the programme's figures: items by status, consultations by form and outcome. */
  async figures(communityIds: string[]): Promise<{ items: Tally[]; forms: Tally[]; outcomes: Tally[] }> {
    const inArea = { communityId: { in: communityIds } };
    // Separate reads rather than one transaction: a dashboard tolerates a moment's skew, and
    // groupBy keeps its result type only when called directly.
    const [items, forms, outcomes] = await Promise.all([
      this.prisma.consultationItem.groupBy({ by: ['status'], where: inArea, _count: { _all: true } }),
      this.prisma.consultation.groupBy({ by: ['form'], where: { item: inArea }, _count: { _all: true } }),
      this.prisma.consultation.groupBy({ by: ['outcome'], where: { item: inArea }, _count: { _all: true } }),
    ]);
    return {
      items: items.map((g) => ({ key: g.status, count: g._count._all })),
      forms: forms.map((g) => ({ key: g.form, count: g._count._all })),
      // Sessions of a round still going on have no outcome yet.
      outcomes: outcomes.flatMap((g) => (g.outcome ? [{ key: g.outcome, count: g._count._all }] : [])),
    };
  }

  async addReferral(tx: Tx, referral: NewReferral): Promise<void> {
    await tx.referral.create({ data: { ...referral, status: 'open' } });
  }

  /** The team's later rounds conclude under their own event id: the workflow takes each once. */
  static concludedEventId(item: Pick<ConsultationItemRecord, 'problemId' | 'round'>): string {
    return item.round === 0 ? `${item.problemId}.concluded` : `${item.problemId}.concluded.${item.round}`;
  }
}

function visibleWhere(visibility: ItemVisibility): Prisma.ConsultationItemWhereInput {
  if (visibility.communityIds === null) return {};
  const or: Prisma.ConsultationItemWhereInput[] = [];
  if (visibility.communityIds.length) or.push({ communityId: { in: visibility.communityIds } });
  if (visibility.memberId) or.push({ leadMemberId: visibility.memberId }, { memberIds: { has: visibility.memberId } });
  // No scope at all must match nothing rather than everything.
  return or.length ? { OR: or } : { problemId: { in: [] } };
}
