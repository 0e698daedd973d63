import { Injectable } from '@nestjs/common';
import { pageWithCappedTotal, type Prisma, PrismaService } from '@shangliang/persistence';

/** A claimed delivery with what its send needs of the event. */
export interface DeliveryRecord {
  id: string;
  channel: string;
  recipientKey: string;
  locale: string;
  attempts: number;
  notBefore: Date | null;
  event: { kind: string; reference: string; problemId: string; variables: unknown };
}

/**
 * Latest change first. The indexes (council_id, updated_at DESC, id) and (status, council_id,
 * updated_at DESC, id) serve this order, so a page of millions of deliveries and the capped total
 * walk an index and stop.
 */
const ADMIN_LIST_ORDER: Prisma.NotificationDeliveryOrderByWithRelationInput[] = [{ updatedAt: 'desc' }, { id: 'asc' }];

/**
 * Delivery rows: claimed before a send, marked right after. Only the notifications service uses
 * it. The steps of a send are raw statements: each delivery passes through them, and Prisma's
 * query compiler was half of the service's CPU when a minute of deadlines told thousands of
 * people (the `open-problems` bench, 2026-12-01). `updated_at` is set by hand there.
 */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Takes the delivery for one send: a pending one, or one whose sender's lease ran out (it
   * crashed mid-send). Null when it is sent, failed, skipped or being sent elsewhere. One
   * statement claims the row and reads its event.
   */
  async claim(id: string, now: Date, leaseMs: number): Promise<DeliveryRecord | 'busy' | null> {
    const [claimed] = await this.prisma.$queryRaw<
      { id: string; channel: string; recipient_key: string; locale: string; attempts: number; not_before: Date | null; kind: string; reference: string; problem_id: string; variables: unknown }[]
    >`
      WITH claimed AS (
        UPDATE notifications.notification_deliveries
        SET status = 'sending', claimed_until = ${new Date(now.getTime() + leaseMs)}, attempts = attempts + 1, updated_at = now()
        WHERE id = ${id}::uuid AND (status = 'pending' OR (status = 'sending' AND claimed_until < ${now}))
        RETURNING id, event_id, channel, recipient_key, locale, attempts, not_before)
      SELECT c.id::text AS id, c.channel, c.recipient_key, c.locale, c.attempts, c.not_before, e.kind, e.reference, e.problem_id, e.variables
      FROM claimed c JOIN notifications.notification_events e ON e.id = c.event_id`;
    if (claimed) {
      return {
        id: claimed.id,
        channel: claimed.channel,
        recipientKey: claimed.recipient_key,
        locale: claimed.locale,
        attempts: claimed.attempts,
        notBefore: claimed.not_before,
        event: { kind: claimed.kind, reference: claimed.reference, problemId: claimed.problem_id, variables: claimed.variables },
      };
    }
    const row = await this.prisma.notificationDelivery.findUnique({ where: { id }, select: { status: true } });
    return row?.status === 'sending' ? 'busy' : null;
  }

  async sent(id: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE notifications.notification_deliveries
      SET status = 'sent', sent_at = now(), claimed_until = NULL, last_error = NULL, updated_at = now()
      WHERE id = ${id}::uuid`;
  }

  async skipped(id: string, reason: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE notifications.notification_deliveries SET status = 'skipped', claimed_until = NULL, last_error = ${reason}, updated_at = now()
      WHERE id = ${id}::uuid`;
  }

  /** A failed try: back to pending for the next one, or failed for good. */
  async attemptFailed(id: string, error: string, final: boolean): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE notifications.notification_deliveries
      SET status = ${final ? 'failed' : 'pending'}, claimed_until = NULL, last_error = ${error.slice(0, 2000)}, updated_at = now()
      WHERE id = ${id}::uuid`;
  }

  /** Gives the delivery back unsent (its time has not come). */
  async release(id: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE notifications.notification_deliveries SET status = 'pending', claimed_until = NULL, attempts = attempts - 1, updated_at = now()
      WHERE id = ${id}::uuid`;
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

  /** A page of the council's deliveries (the admins' list), and how many there are up to TOTAL_CAP. */
  list(filter: { councilId: string; status?: string; take: number; skip: number }) {
    const where: Prisma.NotificationDeliveryWhereInput = { councilId: filter.councilId, status: filter.status };
    return pageWithCappedTotal(
      { where, orderBy: ADMIN_LIST_ORDER },
      (query) => this.prisma.notificationDelivery.findMany({ ...query, include: { event: { select: { kind: true, reference: true, problemId: true } } }, take: filter.take, skip: filter.skip }),
      (query) => this.prisma.notificationDelivery.count(query),
    );
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
