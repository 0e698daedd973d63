import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { DecideCompletionCommand } from './referral-step.commands';
import { ReferralStepRunner } from './referral-step.runner';

/**
 * The team lead checks the completion: confirmed, the problem goes on to follow-up; not done,
 * the referral is the department's again and the ladder resumes where it was.
 */
@Injectable()
export class DecideCompletionUseCase {
  constructor(private readonly steps: ReferralStepRunner) {}

  async execute(referralId: string, command: DecideCompletionCommand, staff: StaffPrincipal) {
    const referral = await this.steps.load(referralId, 'team_lead', staff);
    const common = { actor: 'team_lead' as const, from: ['completed' as const], refusal: 'only a completed referral awaits confirmation' };
    if (command.confirmed) {
      return this.steps.run(referral, staff, {
        ...common,
        data: { status: 'confirmed', respondedAt: new Date(), respondedBy: staff.staffId },
        step: { kind: 'completion_confirmed' },
        detail: {},
      });
    }
    return this.steps.run(referral, staff, {
      ...common,
      data: { status: 'signed' },
      // The command's schema requires a reason when the completion is not confirmed.
      step: { kind: 'completion_rejected', reason: command.reason as string },
      detail: { reason: command.reason as string },
    });
  }
}
