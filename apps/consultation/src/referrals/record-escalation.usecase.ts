import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { PermanentMessageError } from '@shangliang/messaging';
import { ReferralRepository } from './referral.repository';

type ReferralEscalated = PayloadOf<'consultation', 'referral.escalated'>;

/**
 * The department is slow: the workflow climbs one rung of the ladder (reminder, 催办, 督办,
 * 民主监督). The rung is recorded against the referral so the department and supervisors see
 * every notice it was given. Redeliveries record nothing new.
 */
@Injectable()
export class RecordEscalationUseCase {
  private readonly logger = new Logger(RecordEscalationUseCase.name);

  constructor(private readonly referrals: ReferralRepository) {}

  async execute(command: ReferralEscalated): Promise<void> {
    const referral = await this.referrals.findById(command.referralId);
    // The referral commits with the event that starts the ladder, so a missing one never appears.
    if (!referral) throw new PermanentMessageError(`escalation for unknown referral ${command.referralId}`);
    if (referral.problemId !== command.problemId) {
      throw new PermanentMessageError(`referral ${command.referralId} does not belong to problem ${command.problemId}`);
    }
    const recorded = await this.referrals.recordEscalation({ id: command.commandId, referralId: command.referralId, rung: command.rung });
    if (!recorded) return;
    this.logger.log(
      `department ${referral.departmentId} notified: ${command.rung} on referral ${command.referralId} (problem ${command.problemId}, referral ${referral.status})`,
    );
  }
}
