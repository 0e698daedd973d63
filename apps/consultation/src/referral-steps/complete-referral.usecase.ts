import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { invalidField } from '@shangliang/http';
import type { CompleteReferralCommand } from './referral-step.commands';
import { ReferralStepRepository } from './referral-step.repository';
import { ReferralStepRunner } from './referral-step.runner';

/** 办结: the department reports the result with its evidence; the ladder stops for the lead's check. */
@Injectable()
export class CompleteReferralUseCase {
  constructor(
    private readonly steps: ReferralStepRunner,
    private readonly referrals: ReferralStepRepository,
  ) {}

  async execute(referralId: string, command: CompleteReferralCommand, staff: StaffPrincipal) {
    const referral = await this.steps.load(referralId, 'department', staff);
    const uploaded = new Set((await this.referrals.photos(referral.id)).map((p) => p.id));
    const unknown = command.photoIds.findIndex((id) => !uploaded.has(id));
    if (unknown >= 0) throw invalidField(`photoIds.${unknown}`, 'not an evidence photo uploaded to this referral');
    return this.steps.run(referral, staff, {
      actor: 'department',
      from: ['signed'],
      data: { status: 'completed', result: command.result, completedAt: new Date(), extensionDueAt: null },
      step: { kind: 'completed', photoCount: command.photoIds.length },
      detail: { result: command.result, photoIds: command.photoIds },
      refusal: 'a referral is completed once the department has signed for it, and not again while the team lead checks it',
    });
  }
}
