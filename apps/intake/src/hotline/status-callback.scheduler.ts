import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import type { ProblemProgressObserver } from '../problems/record-progress.usecase';
import { StatusCallbackQueue } from './status-callback.queue';
import { StatusCallbackRepository } from './status-callback.repository';

type ProgressCommand = PayloadOf<'intake', 'problem.progressed'>;

/**
 * When a problem that came from a hotline partner enters a new stage, each partner order that
 * follows it gets a status callback: recorded as pending, then queued for delivery. Runs after
 * the step is recorded, and again on a redelivered command — the callback id is derived from
 * the command and the order, so a second run neither records nor queues a second callback.
 */
@Injectable()
export class StatusCallbackScheduler implements ProblemProgressObserver {
  constructor(
    private readonly callbacks: StatusCallbackRepository,
    private readonly queue: StatusCallbackQueue,
  ) {}

  async progressRecorded(command: ProgressCommand): Promise<void> {
    if (command.kind !== 'stage_entered') return;
    const orders = await this.callbacks.ordersFollowing(command.problemId);
    if (!orders.length) return;
    const rows = orders.map((o) => ({ id: callbackId(command.commandId, o), ...o, problemId: command.problemId, stage: command.stage }));
    await this.callbacks.createPending(rows);
    await this.queue.enqueue(rows.map((r) => r.id));
  }
}

export function callbackId(commandId: string, order: { partnerId: string; orderNumber: string }): string {
  return `cb-${createHash('sha256').update(`${commandId}|${order.partnerId}|${order.orderNumber}`).digest('hex')}`;
}
