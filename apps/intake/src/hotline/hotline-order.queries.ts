import { Injectable } from '@nestjs/common';
import { notFound } from '@shangliang/http';
import { HotlineOrderRepository } from './hotline-order.repository';
import { HotlinePartnerRepository } from './hotline-partner.repository';
import { StatusCallbackRepository } from './status-callback.repository';

/** One work order as admins follow it: the problem it raised or joined, and its callbacks. */
@Injectable()
export class HotlineOrderQueries {
  constructor(
    private readonly orders: HotlineOrderRepository,
    private readonly callbacks: StatusCallbackRepository,
    private readonly partners: HotlinePartnerRepository,
  ) {}

  async get(councilId: string, partnerId: string, orderNumber: string) {
    if (!(await this.partners.findInCouncil(partnerId, councilId))) throw notFound('work order');
    const order = await this.orders.find(partnerId, orderNumber);
    if (!order) throw notFound('work order');
    const callbacks = await this.callbacks.listForOrder(partnerId, orderNumber);
    return {
      partnerId: order.partnerId,
      orderNumber: order.orderNumber,
      problemId: order.problemId,
      merged: order.merged,
      receivedAt: order.receivedAt.toISOString(),
      createdAt: order.createdAt.toISOString(),
      callbacks: callbacks.map((c) => ({
        id: c.id,
        problemId: c.problemId,
        stage: c.stage,
        status: c.status,
        attempts: c.attempts,
        lastError: c.lastError,
        createdAt: c.createdAt.toISOString(),
        deliveredAt: c.deliveredAt?.toISOString() ?? null,
      })),
    };
  }
}
