import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { NoteProgressCommand } from './referral-step.commands';
import { boundStepKey } from './referral-step.repository';
import { ReferralStepRunner } from './referral-step.runner';

/**
 * A progress note on a signed referral: recorded in the history, the ladder untouched. Notes
 * change no status, so the caller's Idempotency-Key is what makes a resent note one note.
 */
@Injectable()
export class NoteReferralProgressUseCase {
  constructor(private readonly steps: ReferralStepRunner) {}

  async execute(referralId: string, command: NoteProgressCommand, idempotencyKey: string | undefined, staff: StaffPrincipal) {
    const referral = await this.steps.load(referralId, 'department', staff);
    return this.steps.run(referral, staff, {
      actor: 'department',
      from: ['signed'],
      data: {},
      step: { kind: 'progress_noted', note: command.note },
      detail: { note: command.note },
      refusal: 'progress is noted on a referral the department has signed for and not yet completed or sent back',
      idempotencyKey: idempotencyKey === undefined ? undefined : boundStepKey(staff.staffId, idempotencyKey),
    });
  }
}
