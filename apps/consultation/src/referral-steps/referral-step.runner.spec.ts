import type { Outbox } from '@shangliang/messaging';
import { Prisma, type Tx } from '@shangliang/persistence';
import { staffOf } from '@shangliang/testing';
import { problemId, referralFixture, referralId } from './referral-step.fixture';
import type { ReferralForStep, ReferralStepRepository } from './referral-step.repository';
import { ReferralStepRunner, type StepSpec } from './referral-step.runner';

const tx = {} as Tx;
const housing = staffOf('department', { departmentId: 'd-housing' });
const sign: StepSpec = {
  actor: 'department',
  from: ['open'],
  data: { status: 'signed', handlerName: '李工' },
  step: { kind: 'signed', handlerName: '李工' },
  detail: { handlerName: '李工' },
  refusal: 'already signed',
};

function setUp(found: ReferralForStep | null = referralFixture()) {
  const referrals = {
    findForStep: jest.fn().mockResolvedValue(found),
    transaction: jest.fn((work: (t: Tx) => Promise<unknown>) => work(tx)),
    transition: jest.fn().mockResolvedValue(true),
    addStep: jest.fn().mockResolvedValue(undefined),
    findStepByKey: jest.fn().mockResolvedValue(null),
  };
  const outbox = { add: jest.fn().mockResolvedValue('outbox-id'), flush: jest.fn() };
  return { runner: new ReferralStepRunner(referrals as unknown as ReferralStepRepository, outbox as unknown as Outbox), referrals, outbox };
}

describe('taking a step on a referral', () => {
  it('changes the referral, records the step and tells the workflow in one transaction', async () => {
    const { runner, referrals, outbox } = setUp();
    const taken = await runner.run(referralFixture(), housing, sign);
    expect(referrals.transition).toHaveBeenCalledWith(tx, referralId, { status: { in: ['open'] } }, sign.data);
    expect(referrals.addStep).toHaveBeenCalledWith(tx, expect.objectContaining({ id: taken.stepId, kind: 'signed', actorStaffId: housing.staffId, idempotencyKey: null }));
    expect(outbox.add).toHaveBeenCalledWith(tx, 'workflow-events', 'referral.stepped', {
      eventId: `${referralId}.signed.${taken.stepId}`,
      problemId,
      referralId,
      step: { kind: 'signed', handlerName: '李工' },
    });
    expect(outbox.flush).toHaveBeenCalled();
    expect(taken).toMatchObject({ referralId, problemId, kind: 'signed', status: 'signed' });
  });

  it('answers 409 wrong_stage, writing nothing, when the referral is not where the step starts', async () => {
    const { runner, referrals } = setUp();
    await expect(runner.run(referralFixture({ status: 'returned' }), housing, sign)).rejects.toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(referrals.transaction).not.toHaveBeenCalled();
  });

  it('refuses steps on a referral opened before departments took steps (its workflow runs the earlier ladder)', async () => {
    const { runner, referrals, outbox } = setUp();
    await expect(runner.run(referralFixture({ departmentSteps: false }), housing, sign)).rejects.toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(referrals.transaction).not.toHaveBeenCalled();
    expect(outbox.add).not.toHaveBeenCalled();
  });

  it('answers 409 and emits nothing when a concurrent click moved the referral first', async () => {
    const { runner, referrals, outbox } = setUp();
    referrals.transition.mockResolvedValue(false);
    await expect(runner.run(referralFixture(), housing, sign)).rejects.toMatchObject({ status: 409 });
    expect(referrals.addStep).not.toHaveBeenCalled();
    expect(outbox.add).not.toHaveBeenCalled();
    expect(outbox.flush).not.toHaveBeenCalled();
  });

  it('returns the earlier step for a repeated idempotency key, and writes nothing', async () => {
    const { runner, referrals } = setUp();
    referrals.findStepByKey.mockResolvedValue({ id: 'step-1' });
    const taken = await runner.run(referralFixture({ status: 'signed' }), housing, { ...sign, from: ['signed'], data: {}, idempotencyKey: 'k' });
    expect(taken.stepId).toBe('step-1');
    expect(referrals.transaction).not.toHaveBeenCalled();
  });

  it('returns the step of the request that won a race on the same key', async () => {
    const { runner, referrals } = setUp();
    referrals.findStepByKey.mockResolvedValueOnce(null).mockResolvedValueOnce({ id: 'step-2' });
    referrals.addStep.mockRejectedValue(new Prisma.PrismaClientKnownRequestError('unique', { code: 'P2002', clientVersion: 'test' }));
    const taken = await runner.run(referralFixture({ status: 'signed' }), housing, { ...sign, from: ['signed'], data: {}, idempotencyKey: 'k' });
    expect(taken.stepId).toBe('step-2');
  });

  it('loads a referral for its own department and refuses another', async () => {
    const { runner } = setUp();
    await expect(runner.load(referralId, 'department', housing)).resolves.toMatchObject({ id: referralId });
    await expect(runner.load(referralId, 'department', staffOf('department', { departmentId: 'd-water' }))).rejects.toMatchObject({ status: 403 });
    await expect(runner.load(referralId, 'department', staffOf('admin'))).rejects.toMatchObject({ status: 403 });
  });

  it("lets only the item's team lead decide", async () => {
    const { runner } = setUp();
    await expect(runner.load(referralId, 'team_lead', staffOf('member', { memberId: 'm-lead' }))).resolves.toMatchObject({ id: referralId });
    await expect(runner.load(referralId, 'team_lead', staffOf('member', { memberId: 'm-2' }))).rejects.toMatchObject({ status: 403 });
    await expect(runner.load(referralId, 'team_lead', staffOf('group_leader', { memberId: 'm-leader' }))).rejects.toMatchObject({ status: 403 });
  });

  it('answers 404 for an unknown referral', async () => {
    const { runner } = setUp(null);
    await expect(runner.load(referralId, 'department', housing)).rejects.toMatchObject({ status: 404 });
  });
});
