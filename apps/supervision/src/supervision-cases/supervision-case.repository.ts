import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { type CappedTotal, pageWithCappedTotal, type Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import type { Tally } from '@shangliang/persistence';

export type SupervisionCaseRecord = Prisma.SupervisionCaseGetPayload<object>;
export type SupervisionCaseDetail = Prisma.SupervisionCaseGetPayload<{ include: { notices: true; actions: true } }>;

/**
 * Oldest first. The indexes (opened_at, id) and (status, opened_at, id), each carrying the
 * community, kind and level, serve this order, so a page and the capped total walk an index and stop.
 */
const LIST_ORDER: Prisma.SupervisionCaseOrderByWithRelationInput[] = [{ openedAt: 'asc' }, { id: 'asc' }];

/** Democratic-supervision cases (民主监督). Only the supervision service uses it. */
@Injectable()
export class SupervisionCaseRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /**
   * One case per referral, or per dissatisfied round (unique): a repeated request inserts
   * nothing. Returns whether it was new. Release-4 workflows name the case and take actions.
   */
  async open(command: PayloadOf<'supervision', 'supervision-case.requested'>): Promise<boolean> {
    const { count } = await this.prisma.supervisionCase.createMany({
      data: [
        {
          id: command.supervisionCaseId ?? randomUUID(),
          kind: command.kind ?? 'democratic_supervision',
          round: command.round ?? null,
          acts: command.kind !== undefined,
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

  /** The case with its notices and the actions taken on it, in order. */
  findDetail(id: string) {
    return this.prisma.supervisionCase.findUnique({
      where: { id },
      include: { notices: { orderBy: { issuedAt: 'asc' } }, actions: { orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] } },
    });
  }

  /** Logs an action on the case (the console's timeline). */
  async logAction(tx: Tx, caseId: string, kind: string, detail: Prisma.InputJsonValue, staffId: string): Promise<void> {
    await tx.supervisionCaseAction.create({ data: { id: randomUUID(), caseId, kind, detail, staffId } });
  }

  /** Ends the case with the supervisor's decision if it is still open; returns whether it was. */
  async decide(tx: Tx, id: string, decision: { decision: string; resolution: string | null; explanation: string | null; resolvedBy: string; resolvedAt: Date }): Promise<boolean> {
    const { count } = await tx.supervisionCase.updateMany({ where: { id, status: 'open' }, data: { status: 'resolved', ...decision } });
    return count === 1;
  }

  /** Records the finding once, while the case is open; returns whether it did. */
  async recordFinding(tx: Tx, id: string, finding: { finding: string; findingReasons: string; findingMeasures: string | null }): Promise<boolean> {
    const { count } = await tx.supervisionCase.updateMany({ where: { id, status: 'open', finding: null }, data: finding });
    return count === 1;
  }

  /** The department's notices still waiting for its answer. */
  openNotices(departmentId: string) {
    return this.prisma.supervisionNotice.findMany({ where: { departmentId, status: 'issued' }, orderBy: { dueAt: 'asc' }, include: { case: true } });
  }

  findNotice(id: string) {
    return this.prisma.supervisionNotice.findUnique({ where: { id }, include: { case: true } });
  }

  /** Issues a notice; false when one is already waiting (one at a time per case). */
  async issueNotice(tx: Tx, notice: { id: string; caseId: string; departmentId: string; text: string; dueAt: Date; issuedBy: string }): Promise<boolean> {
    const { count } = await tx.supervisionNotice.createMany({ data: [{ ...notice, status: 'issued' }], skipDuplicates: true });
    return count === 1;
  }

  async answerNotice(tx: Tx, id: string, answer: { answer: string; answeredBy: string; answeredAt: Date }): Promise<boolean> {
    const { count } = await tx.supervisionNotice.updateMany({ where: { id, status: 'issued', dueAt: { gt: answer.answeredAt } }, data: { status: 'answered', ...answer } });
    return count === 1;
  }

  /** The notice's deadline passed: the case rises to the leadership (once). */
  async raise(tx: Tx, caseId: string, noticeId: string, at: Date): Promise<boolean> {
    await tx.supervisionNotice.updateMany({ where: { id: noticeId, status: 'issued' }, data: { status: 'missed' } });
    const { count } = await tx.supervisionCase.updateMany({ where: { id: caseId, level: 'supervision' }, data: { level: 'leadership', raisedAt: at } });
    return count === 1;
  }

  /** A page of the cases, and how many there are up to TOTAL_CAP. `communityIds` null lists the whole city. */
  list(filter: { status?: string; kind?: string; level?: string; communityIds: string[] | null; take: number; skip: number }): Promise<[SupervisionCaseRecord[], CappedTotal]> {
    const where: Prisma.SupervisionCaseWhereInput = {
      status: filter.status,
      kind: filter.kind,
      level: filter.level,
      communityId: filter.communityIds ? { in: filter.communityIds } : undefined,
    };
    return pageWithCappedTotal(
      { where, orderBy: LIST_ORDER },
      (query) => this.prisma.supervisionCase.findMany({ ...query, take: filter.take, skip: filter.skip }),
      (query) => this.prisma.supervisionCase.count(query),
    );
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
