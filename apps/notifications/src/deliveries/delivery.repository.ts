import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type DeliveryRecord = Prisma.NotificationDeliveryGetPayload<{ include: { event: true } }>;

/** Delivery rows: claimed before a send, marked right after. Only the notifications service uses it. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Takes the delivery for one send: a pending one, or one whose sender's lease ran out (it
   * crashed mid-send). Null when it is sent, failed, skipped or being sent elsewhere.
   */
  async claim(id: string, now: Date, leaseMs: number): Promise<DeliveryRecord | 'busy' | null> {
    const claimed = await this.prisma.notificationDelivery.updateMany({
      where: { id, OR: [{ status: 'pending' }, { status: 'sending', claimedUntil: { lt: now } }] },
      data: { status: 'sending', claimedUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (claimed.count === 1) return this.prisma.notificationDelivery.findUnique({ where: { id }, include: { event: true } });
    const row = await this.prisma.notificationDelivery.findUnique({ where: { id }, select: { status: true } });
    return row?.status === 'sending' ? 'busy' : null;
  }

  async sent(id: string): Promise<void> {
    await this.prisma.notificationDelivery.update({ where: { id }, data: { status: 'sent', sentAt: new Date(), claimedUntil: null, lastError: null } });
  }

  async skipped(id: string, reason: string): Promise<void> {
    await this.prisma.notificationDelivery.update({ where: { id }, data: { status: 'skipped', claimedUntil: null, lastError: reason } });
  }

  /** A failed try: back to pending for the next one, or failed for good. */
  async attemptFailed(id: string, error: string, final: boolean): Promise<void> {
    await this.prisma.notificationDelivery.update({ where: { id }, data: { status: final ? 'failed' : 'pending', claimedUntil: null, lastError: error.slice(0, 2000) } });
  }

  /** Gives the delivery back unsent (its time has not come). */
  async release(id: string): Promise<void> {
    await this.prisma.notificationDelivery.update({ where: { id }, data: { status: 'pending', claimedUntil: null, attempts: { decrement: 1 } } });
  }

  /** An admin's resend: a failed or skipped delivery is pending again, with fresh attempts. */
  async reopen(id: string, councilId: string): Promise<{ id: string; notBefore: Date | null } | null> {
    const { count } = await this.prisma.notificationDelivery.updateMany({
      where: { id, councilId, status: { in: ['failed', 'skipped'] } },
      data: { status: 'pending', attempts: 0, claimedUntil: null },
    });
    return count ? { id, notBefore: null } : null;
  }

  findInCouncil(id: string, councilId: string) {
    return this.prisma.notificationDelivery.findFirst({ where: { id, councilId }, select: { id: true, status: true } });
  }

  list(filter: { councilId: string; status?: string; take: number; skip: number }) {
    const where: Prisma.NotificationDeliveryWhereInput = { councilId: filter.councilId, status: filter.status };
    return this.prisma.$transaction([
      this.prisma.notificationDelivery.findMany({ where, include: { event: { select: { kind: true, reference: true, problemId: true } } }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: filter.take, skip: filter.skip }),
      this.prisma.notificationDelivery.count({ where }),
    ]);
  }

  /** Pending deliveries older than `before` (their job may be gone from Redis). */
  async pendingBefore(before: Date, take: number): Promise<{ id: string; notBefore: Date | null }[]> {
    return this.prisma.notificationDelivery.findMany({
      where: { OR: [{ status: 'pending' }, { status: 'sending', claimedUntil: { lt: new Date() } }], createdAt: { lt: before } },
      select: { id: true, notBefore: true },
      orderBy: { createdAt: 'asc' },
      take,
    });
  }
}
