import { Injectable } from '@nestjs/common';
import { conflict, DomainError } from '@shangliang/http';
import { isUniqueViolation } from '@shangliang/persistence';
import { DuplicateFinder } from '../duplicates/duplicate-finder';
import { JoinProblemUseCase } from '../duplicates/join-problem.usecase';
import { SubmitProblemUseCase } from '../problems/submit-problem.usecase';
import type { SubmitProblemCommand } from '../problems/submit-problem.command';
import { ResidentContacts } from '../residents/resident-contacts';
import { HotlineOrderRepository, type HotlineOrderRecord } from './hotline-order.repository';
import { problemCommandFrom, type WorkOrder, workOrderHash } from './work-order.schema';

export interface WorkOrderResult {
  problemId: string;
  reference: string;
  trackingCode: string;
  merged: boolean;
}

/** `created` is true for exactly one of any number of identical concurrent requests. */
export interface WorkOrderOutcome {
  result: WorkOrderResult;
  created: boolean;
}

/**
 * A partner's work order enters the problem bank (群众点单 by phone). One order makes at most
 * one problem, whatever the resends: the order number is the idempotency key of the problem,
 * and the HotlineOrder row records the outcome. A caller who rings again about an open problem
 * of theirs, in nearly the same words, is added to that problem instead of opening another.
 */
@Injectable()
export class SubmitWorkOrderUseCase {
  constructor(
    private readonly orders: HotlineOrderRepository,
    private readonly submitProblem: SubmitProblemUseCase,
    private readonly finder: DuplicateFinder,
    private readonly join: JoinProblemUseCase,
    private readonly contacts: ResidentContacts,
  ) {}

  async execute(partnerId: string, order: WorkOrder): Promise<WorkOrderOutcome> {
    const requestHash = workOrderHash(order);
    const known = await this.orders.find(partnerId, order.orderNumber);
    if (known) return { result: await this.answer(known, requestHash), created: false };

    const command = problemCommandFrom(order);
    const idempotency = { scope: 'hotline', key: `${partnerId}/${order.orderNumber}` };
    const duplicateOf = await this.openProblemOfSameCaller(order, command, idempotency);
    if (duplicateOf) {
      const joined = await this.joinExisting(duplicateOf, command, partnerId, order);
      if (joined) return this.recordOrder(partnerId, order, requestHash, duplicateOf, true, true);
    }
    const { problem, replayed } = await this.submitProblem.execute(command, { source: 'hotline', idempotency });
    return this.recordOrder(partnerId, order, requestHash, problem.id, false, !replayed);
  }

  /**
   * An open problem the same caller raised in (nearly) the same words — but never the problem a
   * concurrent copy of this very order just created: that one is a resend, not a duplicate.
   */
  private async openProblemOfSameCaller(order: WorkOrder, command: SubmitProblemCommand, idempotency: { scope: string; key: string }): Promise<string | null> {
    const residentId = await this.orders.residentIdByPhoneDigest(this.contacts.digest(order.callerPhone));
    if (!residentId) return null;
    const found = await this.finder.sameCallerDuplicate({ residentId, communityId: order.communityId, text: `${command.title} ${command.description}` });
    if (!found) return null;
    // Checked after the search: the problem and its key commit together, so if the search saw
    // a problem made for this order, this lookup sees its key.
    return (await this.orders.problemCreatedUnder(idempotency.scope, idempotency.key)) ? null : found;
  }

  /** False when the problem closed meanwhile: the order then raises a problem of its own. */
  private async joinExisting(problemId: string, command: SubmitProblemCommand, partnerId: string, order: WorkOrder): Promise<boolean> {
    try {
      await this.join.execute(problemId, command.contact, 'hotline', `hotline.${partnerId}.${order.orderNumber}.joined`);
      return true;
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'wrong_stage' || error.code === 'not_found')) return false;
      throw error;
    }
  }

  private async recordOrder(partnerId: string, order: WorkOrder, requestHash: string, problemId: string, merged: boolean, madeTheProblem: boolean): Promise<WorkOrderOutcome> {
    try {
      await this.orders.record({
        partnerId,
        orderNumber: order.orderNumber,
        problemId,
        requestHash,
        merged,
        receivedAt: new Date(order.receivedAt),
        detail: {
          partnerId,
          orderNumber: order.orderNumber,
          requestType: order.requestType,
          receivedAt: order.receivedAt,
          partnerDeadline: order.partnerDeadline ?? null,
          merged,
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent copy recorded the order first: answer with what it recorded.
      const recorded = await this.orders.find(partnerId, order.orderNumber);
      if (!recorded) throw error;
      return { result: await this.answer(recorded, requestHash), created: madeTheProblem && !merged };
    }
    return { result: await this.result(problemId, merged), created: merged || madeTheProblem };
  }

  private async answer(known: HotlineOrderRecord, requestHash: string): Promise<WorkOrderResult> {
    if (known.requestHash !== requestHash) {
      throw conflict(`work order ${known.orderNumber} was already received with different content`, 'idempotency_key_reused');
    }
    return this.result(known.problemId, known.merged);
  }

  private async result(problemId: string, merged: boolean): Promise<WorkOrderResult> {
    const problem = await this.orders.problemIdentifiers(problemId);
    if (!problem) throw new Error(`work order points at missing problem ${problemId}`);
    return { problemId: problem.id, reference: problem.reference, trackingCode: problem.trackingCode, merged };
  }
}
