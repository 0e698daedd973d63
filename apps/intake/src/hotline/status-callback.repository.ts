import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type StatusCallbackRecord = Prisma.StatusCallbackGetPayload<object>;

/** An order whose partner wants status callbacks, following a problem. */
export interface FollowingOrder {
  partnerId: string;
  orderNumber: string;
}

@Injectable()
export class StatusCallbackRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Orders that follow a problem's progress: its own, and those of duplicates merged into it
   * (their callers now wait on this problem). Only partners that are active and take callbacks.
   */
  async ordersFollowing(problemId: string): Promise<FollowingOrder[]> {
    const mergedIn = await this.prisma.problem.findMany({ where: { mergedIntoId: problemId }, select: { id: true } });
    return this.prisma.hotlineOrder.findMany({
      where: { problemId: { in: [problemId, ...mergedIn.map((p) => p.id)] }, partner: { active: true, callbackUrl: { not: null } } },
      select: { partnerId: true, orderNumber: true },
      orderBy: [{ partnerId: 'asc' }, { orderNumber: 'asc' }],
    });
  }

  async createPending(rows: { id: string; partnerId: string; orderNumber: string; problemId: string; stage: string }[]): Promise<void> {
    await this.prisma.statusCallback.createMany({ data: rows.map((r) => ({ ...r, status: 'pending' })), skipDuplicates: true });
  }

  /** Ids of callbacks still pending that were recorded before `before`, oldest first. */
  async pendingRecordedBefore(before: Date, limit: number): Promise<string[]> {
    const rows = await this.prisma.statusCallback.findMany({
      where: { status: 'pending', createdAt: { lt: before } },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  find(id: string): Promise<StatusCallbackRecord | null> {
    return this.prisma.statusCallback.findUnique({ where: { id } });
  }

  /** When the problem entered the callback's stage (workflow time), from its history. */
  async stageEnteredAt(problemId: string, stage: string): Promise<Date | null> {
    const entry = await this.prisma.problemHistory.findFirst({
      where: { problemId, stage, kind: 'stage_entered' },
      orderBy: { occurredAt: 'desc' },
      select: { occurredAt: true },
    });
    return entry?.occurredAt ?? null;
  }

  problemReference(problemId: string) {
    return this.prisma.problem.findUnique({ where: { id: problemId }, select: { reference: true } });
  }

  async delivered(id: string): Promise<void> {
    await this.prisma.statusCallback.update({ where: { id }, data: { status: 'delivered', attempts: { increment: 1 }, lastError: null, deliveredAt: new Date() } });
  }

  async attemptFailed(id: string, error: string, giveUp: boolean): Promise<void> {
    await this.prisma.statusCallback.update({
      where: { id },
      data: { status: giveUp ? 'failed' : 'pending', attempts: { increment: 1 }, lastError: error.slice(0, 500) },
    });
  }

  listForOrder(partnerId: string, orderNumber: string): Promise<StatusCallbackRecord[]> {
    return this.prisma.statusCallback.findMany({ where: { partnerId, orderNumber }, orderBy: { createdAt: 'asc' } });
  }
}
