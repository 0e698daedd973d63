import type { Outbox } from '@shangliang/messaging';
import type { Tx } from '@shangliang/persistence';
import { staffOf } from '@shangliang/testing';
import type { ReferralRecord, ReferralRepository } from './referral.repository';
import { RespondToReferralUseCase } from './respond-to-referral.usecase';
import { ReferralQueries } from './referral.queries';
import type { CommunityScope } from '@shangliang/organisation';
import { NO_STEPS_YET } from '../referral-steps/referral-step.fixture';

const tx = {} as Tx;
const referralId = 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f';
const problemId = 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9';

function referral(status = 'open'): ReferralRecord & { item: { communityId: string } } {
  return {
    item: { communityId: 'com-01' },
    id: referralId,
    problemId,
    departmentId: 'd-housing',
    communityId: 'com-01',
    request: 'Repair the lift',
    dueAt: new Date('2026-12-01T00:00:00Z'),
    status,
    response: null,
    respondedBy: null,
    respondedAt: null,
    ...NO_STEPS_YET,
    createdAt: new Date('2026-11-20T00:00:00Z'),
  };
}

function setUp(found: ReturnType<typeof referral> | null = referral()) {
  const referrals = {
    findWithContext: jest.fn().mockResolvedValue(found),
    transaction: jest.fn((work: (t: Tx) => Promise<unknown>) => work(tx)),
    markResponded: jest.fn().mockResolvedValue(true),
  };
  const outbox = { add: jest.fn().mockResolvedValue('outbox-id'), flush: jest.fn() };
  const communities = { of: jest.fn(async (staff: { councilId: string }) => (staff.councilId === 'city' ? ['com-01'] : ['ccom-01'])) };
  const queries = new ReferralQueries(referrals as unknown as ReferralRepository, communities as unknown as CommunityScope);
  const useCase = new RespondToReferralUseCase(referrals as unknown as ReferralRepository, outbox as unknown as Outbox, queries);
  return { useCase, referrals, outbox };
}

const housing = staffOf('department', { departmentId: 'd-housing' });

describe("a department's response to a referral", () => {
  it('records the answer and tells the workflow, keyed by the referral', async () => {
    const { useCase, referrals, outbox } = setUp();
    const result = await useCase.execute(referralId, { response: 'Lift replaced on 3 December.' }, housing);

    expect(referrals.markResponded).toHaveBeenCalledWith(tx, referralId, { response: 'Lift replaced on 3 December.', respondedBy: housing.staffId, respondedAt: expect.any(Date) });
    expect(outbox.add).toHaveBeenCalledWith(tx, 'workflow-events', 'department.responded', { eventId: `${referralId}.responded`, problemId, referralId });
    expect(outbox.flush).toHaveBeenCalled();
    expect(result.status).toBe('responded');
  });

  it('lets an admin answer for the department', async () => {
    const { useCase, outbox } = setUp();
    await useCase.execute(referralId, { response: 'Done.' }, staffOf('admin'));
    expect(outbox.add).toHaveBeenCalled();
  });

  it("refuses an admin of another council", async () => {
    const { useCase, referrals } = setUp();
    await expect(useCase.execute(referralId, { response: 'Done.' }, staffOf('admin', { councilId: 'council-county' }))).rejects.toMatchObject({ status: 403 });
    expect(referrals.transaction).not.toHaveBeenCalled();
  });

  it('refuses another department', async () => {
    const { useCase, referrals } = setUp();
    await expect(useCase.execute(referralId, { response: 'Done.' }, staffOf('department', { departmentId: 'd-water' }))).rejects.toMatchObject({ status: 403 });
    expect(referrals.transaction).not.toHaveBeenCalled();
  });

  it('refuses a supervisor, who follows referrals but does not answer them', async () => {
    const { useCase } = setUp();
    await expect(useCase.execute(referralId, { response: 'Done.' }, staffOf('supervisor'))).rejects.toMatchObject({ status: 403 });
  });

  it('answers 409 wrong_stage when the referral was already answered', async () => {
    const { useCase, outbox } = setUp(referral('responded'));
    await expect(useCase.execute(referralId, { response: 'Again.' }, housing)).rejects.toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(outbox.add).not.toHaveBeenCalled();
  });

  it('answers 409 and emits nothing when a concurrent click answered first', async () => {
    const { useCase, referrals, outbox } = setUp();
    referrals.markResponded.mockResolvedValue(false);
    await expect(useCase.execute(referralId, { response: 'Again.' }, housing)).rejects.toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(outbox.add).not.toHaveBeenCalled();
    expect(outbox.flush).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown referral', async () => {
    const { useCase } = setUp(null);
    await expect(useCase.execute(referralId, { response: 'Done.' }, housing)).rejects.toMatchObject({ status: 404 });
  });
});
