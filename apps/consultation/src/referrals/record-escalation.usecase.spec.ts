import { Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { PermanentMessageError } from '@shangliang/messaging';
import type { ReferralRecord, ReferralRepository } from './referral.repository';
import { RecordEscalationUseCase } from './record-escalation.usecase';
import { NO_STEPS_YET } from '../referral-steps/referral-step.fixture';

const problemId = 'a1e2c3d4-5b6a-4c7d-8e9f-0a1b2c3d4e5f';
const referralId = 'f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f';
const command: PayloadOf<'consultation', 'referral.escalated'> = { commandId: 'problem-x.run.12', problemId, referralId, rung: 'formal_supervision' };

const referral: ReferralRecord = {
  id: referralId,
  problemId,
  departmentId: 'd-water',
  communityId: 'c-01',
  request: 'Restore the water supply',
  dueAt: new Date('2026-12-01T00:00:00Z'),
  status: 'open',
  response: null,
  respondedBy: null,
  respondedAt: null,
  ...NO_STEPS_YET,
  createdAt: new Date('2026-11-20T00:00:00Z'),
};

function setUp(found: ReferralRecord | null = referral, recorded = true) {
  const referrals = { findById: jest.fn().mockResolvedValue(found), recordEscalation: jest.fn().mockResolvedValue(recorded) };
  return { useCase: new RecordEscalationUseCase(referrals as unknown as ReferralRepository), referrals };
}

describe('recording an escalation rung against a referral', () => {
  let log: jest.SpyInstance;
  beforeEach(() => {
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  it('records the rung under the workflow command id and logs the notice by ids', async () => {
    const { useCase, referrals } = setUp();
    await useCase.execute(command);
    expect(referrals.recordEscalation).toHaveBeenCalledWith({ id: 'problem-x.run.12', referralId, rung: 'formal_supervision' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`department d-water notified: formal_supervision on referral ${referralId}`));
  });

  it('does nothing more, and logs nothing, for a redelivered command', async () => {
    const { useCase } = setUp(referral, false);
    await expect(useCase.execute(command)).resolves.toBeUndefined();
    expect(log).not.toHaveBeenCalled();
  });

  it('fails for good when the referral does not exist', async () => {
    const { useCase, referrals } = setUp(null);
    await expect(useCase.execute(command)).rejects.toBeInstanceOf(PermanentMessageError);
    expect(referrals.recordEscalation).not.toHaveBeenCalled();
  });

  it('fails for good when the referral belongs to another problem', async () => {
    const { useCase } = setUp({ ...referral, problemId: 'another' });
    await expect(useCase.execute(command)).rejects.toBeInstanceOf(PermanentMessageError);
  });
});
