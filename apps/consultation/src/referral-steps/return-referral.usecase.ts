import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { ReturnReferralCommand } from './referral-step.commands';
import { ReferralStepRunner } from './referral-step.runner';
import { ACTIVE_STATUSES } from './referral-status';

/** 退回: not this department's responsibility. The ladder stops until the team lead decides. */
@Injectable()
export class ReturnReferralUseCase {
  constructor(private readonly steps: ReferralStepRunner) {}

  async execute(referralId: string, command: ReturnReferralCommand, staff: StaffPrincipal) {
    const referral = await this.steps.load(referralId, 'department', staff);
    return this.steps.run(referral, staff, {
      actor: 'department',
      from: ACTIVE_STATUSES,
      data: { status: 'returned', extensionDueAt: null },
      step: { kind: 'returned', reason: command.reason },
      detail: { reason: command.reason },
      refusal: 'only a referral the department still has can be sent back',
    });
  }
}
