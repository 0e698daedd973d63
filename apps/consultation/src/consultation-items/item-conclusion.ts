import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ConsultationForm, ConsultationOutcome } from '@shangliang/contracts';
import { invalidField, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import type { Tx } from '@shangliang/persistence';
import { ReferralDeadlinePolicy } from '../referrals/referral-deadline.policy';
import { ConsultationItemRepository, type ConsultationItemRecord } from './consultation-item.repository';

export interface ReferralRequest {
  departmentId: string;
  request: string;
  dueAt: string;
}

export interface Conclusion {
  consultationId: string;
  form: ConsultationForm;
  outcome: ConsultationOutcome;
  referral?: ReferralRequest;
}

/**
 * 解单: how an item concludes, whichever way the team records it (one session that concludes,
 * or sessions first and the team lead's conclusion after). The item's conclusion, the referral
 * (if the problem goes to a department) and the `consultation.concluded` event commit in the
 * caller's transaction; a second conclusion finds the item concluded and writes nothing.
 */
@Injectable()
export class ItemConclusion {
  constructor(
    private readonly items: ConsultationItemRepository,
    private readonly directory: OrganisationDirectory,
    private readonly outbox: Outbox,
    private readonly deadlines: ReferralDeadlinePolicy,
  ) {}

  /** Checks what can be checked before the transaction: the department exists, the deadline is within policy. */
  async check(item: ConsultationItemRecord, referral: ReferralRequest | undefined, field = 'referral'): Promise<void> {
    if (item.status !== 'open') throw alreadyConcluded();
    if (!referral) return;
    if (!(await this.directory.department(referral.departmentId))) throw invalidField(`${field}.departmentId`, `unknown department "${referral.departmentId}"`);
    // The team lead may give the department less time than the policy, never more.
    await this.deadlines.check(`${field}.dueAt`, new Date(referral.dueAt), item);
  }

  /** Concludes the item; returns the referral's id when the problem goes to a department. */
  async conclude(tx: Tx, item: ConsultationItemRecord, conclusion: Conclusion): Promise<string | null> {
    if (!(await this.items.conclude(tx, item.problemId))) throw alreadyConcluded();
    const referral = conclusion.referral ? { referralId: randomUUID(), ...conclusion.referral } : null;
    if (referral) {
      await this.items.addReferral(tx, { id: referral.referralId, problemId: item.problemId, departmentId: referral.departmentId, request: referral.request, dueAt: new Date(referral.dueAt) });
    }
    await this.outbox.add(tx, 'workflow-events', 'consultation.concluded', {
      eventId: ConsultationItemRepository.concludedEventId(item),
      problemId: item.problemId,
      consultationId: conclusion.consultationId,
      outcome: conclusion.outcome,
      form: conclusion.form,
      referral: referral && { referralId: referral.referralId, departmentId: referral.departmentId, dueAt: new Date(referral.dueAt).toISOString() },
    });
    return referral?.referralId ?? null;
  }
}

export const alreadyConcluded = () => wrongStage('this item is already concluded; its consultation was recorded');
