import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { wrongStage } from '@shangliang/http';
import type { DecideExtensionCommand } from './referral-step.commands';
import { ReferralStepRunner } from './referral-step.runner';

/**
 * The team lead approves or refuses the pending extension. An approval moves the referral's
 * deadline, and the workflow moves the ladder's remaining rungs with it.
 */
@Injectable()
export class DecideExtensionUseCase {
  constructor(private readonly steps: ReferralStepRunner) {}

  async execute(referralId: string, command: DecideExtensionCommand, staff: StaffPrincipal) {
    const referral = await this.steps.load(referralId, 'team_lead', staff);
    const asked = referral.extensionDueAt;
    if (!asked) throw noRequest();
    const newDueAt = command.approved ? asked.toISOString() : null;
    return this.steps.run(referral, staff, {
      actor: 'team_lead',
      from: ['open', 'signed'],
      // The request decided is the one read: a second click finds it gone.
      where: { extensionDueAt: asked },
      data: command.approved ? { dueAt: asked, extensionDueAt: null } : { extensionDueAt: null },
      step: { kind: 'extension_decided', approved: command.approved, newDueAt },
      detail: { approved: command.approved, newDueAt },
      refusal: noRequest().message,
    });
  }
}

const noRequest = () => wrongStage('there is no pending extension request on this referral');
