import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { SignReferralCommand } from './referral-step.commands';
import { ReferralStepRunner } from './referral-step.runner';

/** 签收: the department acknowledges the referral and names its handler; the ladder runs on. */
@Injectable()
export class SignReferralUseCase {
  constructor(private readonly steps: ReferralStepRunner) {}

  async execute(referralId: string, command: SignReferralCommand, staff: StaffPrincipal) {
    const referral = await this.steps.load(referralId, 'department', staff);
    return this.steps.run(referral, staff, {
      actor: 'department',
      from: ['open'],
      data: { status: 'signed', handlerName: command.handlerName, signedAt: new Date() },
      step: { kind: 'signed', handlerName: command.handlerName },
      detail: { handlerName: command.handlerName },
      refusal: 'this referral was already signed for, or is no longer open',
    });
  }
}
