import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { inScope, ReferralQueries } from './referral.queries';
import { ReferralRepository } from './referral.repository';

export interface RespondToReferralCommand {
  response: string;
}

/**
 * The department answers the referral. The answer and the `department.responded` event commit
 * together; the event id is the referral's, so a second click cannot signal twice.
 */
@Injectable()
export class RespondToReferralUseCase {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly outbox: Outbox,
    private readonly queries: ReferralQueries,
  ) {}

  async execute(referralId: string, command: RespondToReferralCommand, staff: StaffPrincipal) {
    if (staff.role !== 'admin' && staff.role !== 'department') throw forbidden('only the department the problem was referred to answers it');
    const referral = await this.referrals.findWithContext(referralId);
    if (!referral) throw notFound('referral');
    // A department answers its own referrals; an admin (on a department's behalf) only their council's.
    if (!inScope(await this.queries.scopeOf(staff), referral)) throw forbidden('only the department the problem was referred to answers it');
    if (referral.status !== 'open') throw alreadyResponded();

    const respondedAt = new Date();
    await this.referrals.transaction(async (tx) => {
      if (!(await this.referrals.markResponded(tx, referralId, { response: command.response, respondedBy: staff.staffId, respondedAt }))) {
        throw alreadyResponded();
      }
      await this.outbox.add(tx, 'workflow-events', 'department.responded', {
        eventId: `${referralId}.responded`,
        problemId: referral.problemId,
        referralId,
      });
    });
    this.outbox.flush();
    return { referralId, problemId: referral.problemId, status: 'responded' as const, respondedAt: respondedAt.toISOString() };
  }
}

const alreadyResponded = () => wrongStage('this referral has already been answered');
