import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type HotlineOrderRecord = Prisma.HotlineOrderGetPayload<object>;

export interface NewHotlineOrder {
  partnerId: string;
  orderNumber: string;
  problemId: string;
  requestHash: string;
  merged: boolean;
  receivedAt: Date;
  /** Written to the problem's history with the order: no personal data. */
  detail: Record<string, string | boolean | null>;
}

/** Partners' work orders and the problems they raised or joined. */
@Injectable()
export class HotlineOrderRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(partnerId: string, orderNumber: string): Promise<HotlineOrderRecord | null> {
    return this.prisma.hotlineOrder.findUnique({ where: { partnerId_orderNumber: { partnerId, orderNumber } } });
  }

  /** The resident known by this phone number digest, if any (a read: nothing is created). */
  async residentIdByPhoneDigest(phoneDigest: string): Promise<string | null> {
    const row = await this.prisma.residentContact.findUnique({ where: { phoneDigest }, select: { id: true } });
    return row?.id ?? null;
  }

  /** Whether a problem was already created under this idempotency key. */
  async problemCreatedUnder(scope: string, key: string): Promise<string | null> {
    const row = await this.prisma.idempotencyKey.findUnique({ where: { scope_key: { scope, key } }, select: { problemId: true } });
    return row?.problemId ?? null;
  }

  problemIdentifiers(problemId: string) {
    return this.prisma.problem.findUnique({ where: { id: problemId }, select: { id: true, reference: true, trackingCode: true, stage: true } });
  }

  /**
   * The order and its history entry, together. Throws a unique violation when the order was
   * recorded meanwhile (a concurrent resend); the caller then answers with that one.
   */
  async record(order: NewHotlineOrder): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const problem = await tx.problem.findUniqueOrThrow({ where: { id: order.problemId }, select: { stage: true } });
      await tx.hotlineOrder.create({
        data: {
          partnerId: order.partnerId,
          orderNumber: order.orderNumber,
          problemId: order.problemId,
          requestHash: order.requestHash,
          merged: order.merged,
          receivedAt: order.receivedAt,
        },
      });
      await tx.problemHistory.createMany({
        data: [
          {
            problemId: order.problemId,
            eventId: `hotline.${order.partnerId}.${order.orderNumber}`,
            kind: order.merged ? 'hotline_order_merged' : 'hotline_order_received',
            stage: problem.stage,
            detail: order.detail,
            occurredAt: new Date(),
          },
        ],
        skipDuplicates: true,
      });
    });
  }
}
