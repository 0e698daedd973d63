import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { invalidField } from '@shangliang/http';
import type { RequestExtensionCommand } from './referral-step.commands';
import { ReferralStepRunner } from './referral-step.runner';

/** The department asks for more time, with a reason and a new date; the team lead decides. */
@Injectable()
export class RequestExtensionUseCase {
  constructor(private readonly steps: ReferralStepRunner) {}

  async execute(referralId: string, command: RequestExtensionCommand, staff: StaffPrincipal) {
    const referral = await this.steps.load(referralId, 'department', staff);
    const newDueAt = new Date(command.newDueAt);
    if (newDueAt <= referral.dueAt) throw invalidField('newDueAt', `must be later than the current deadline ${referral.dueAt.toISOString()}`);
    return this.steps.run(referral, staff, {
      actor: 'department',
      from: ['signed'],
      // One request at a time: a second waits until the team lead answered the first.
      where: { extensionDueAt: null },
      data: { extensionDueAt: newDueAt },
      step: { kind: 'extension_requested', reason: command.reason, newDueAt: newDueAt.toISOString() },
      detail: { reason: command.reason, newDueAt: newDueAt.toISOString() },
      refusal: 'an extension is asked for on a signed referral with no request already pending',
    });
  }
}
