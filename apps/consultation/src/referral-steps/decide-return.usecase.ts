import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { invalidField } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { ConsultationItemRepository } from '../consultation-items/consultation-item.repository';
import { ReferralDeadlinePolicy } from '../referrals/referral-deadline.policy';
import type { DecideReturnCommand } from './referral-step.commands';
import type { ReferralForStep } from './referral-step.repository';
import { ReferralStepRunner, type StepTaken } from './referral-step.runner';

const refusal = 'only a referral the department sent back awaits this decision';

/**
 * The team lead on a referral the department sent back: refer it to another department (a new
 * referral, whose deadline the policy caps, and a new ladder) or take it back to consultation
 * (the item opens again and the workflow returns to the consultation stage).
 */
@Injectable()
export class DecideReturnUseCase {
  constructor(
    private readonly steps: ReferralStepRunner,
    private readonly items: ConsultationItemRepository,
    private readonly directory: OrganisationDirectory,
    private readonly deadlines: ReferralDeadlinePolicy,
  ) {}

  async execute(referralId: string, command: DecideReturnCommand, staff: StaffPrincipal): Promise<StepTaken & { newReferralId: string | null }> {
    const referral = await this.steps.load(referralId, 'team_lead', staff);
    if (command.action === 'take_back') return this.takeBack(referral, staff);

    // The command's schema requires these three for a referral elsewhere.
    const { departmentId, request } = command as Required<DecideReturnCommand>;
    await this.checkDepartment(departmentId, referral, staff);
    const dueAt = new Date(command.dueAt as string);
    await this.deadlines.check('dueAt', dueAt, referral.item);
    const next = { referralId: randomUUID(), departmentId, dueAt: dueAt.toISOString() };
    const taken = await this.steps.run(referral, staff, {
      actor: 'team_lead',
      from: ['returned'],
      data: { status: 're_referred' },
      step: { kind: 're_referred', referral: next },
      detail: { ...next, request },
      refusal,
      // `previousReferralId` is unique: one returned referral is re-referred once, whatever the clicks.
      alsoWrite: (tx) =>
        this.items.addReferral(tx, { id: next.referralId, problemId: referral.problemId, departmentId, request, dueAt, previousReferralId: referral.id }),
    });
    return { ...taken, newReferralId: next.referralId };
  }

  private async takeBack(referral: ReferralForStep, staff: StaffPrincipal): Promise<StepTaken & { newReferralId: null }> {
    const taken = await this.steps.run(referral, staff, {
      actor: 'team_lead',
      from: ['returned'],
      data: { status: 'taken_back' },
      step: { kind: 'taken_back' },
      detail: {},
      refusal,
      alsoWrite: (tx) => this.items.reopen(tx, referral.problemId),
    });
    return { ...taken, newReferralId: null };
  }

  /** Another department of the lead's own council. */
  private async checkDepartment(departmentId: string, referral: ReferralForStep, staff: StaffPrincipal): Promise<void> {
    if (departmentId === referral.departmentId) throw invalidField('departmentId', 'this department sent the referral back; choose another');
    const departments = await this.directory.departments(staff.councilId);
    if (!departments.some((d) => d.id === departmentId)) throw invalidField('departmentId', `unknown department "${departmentId}"`);
  }
}
