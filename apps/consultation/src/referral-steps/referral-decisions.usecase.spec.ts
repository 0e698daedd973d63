import type { OrganisationDirectory } from '@shangliang/organisation';
import type { Tx } from '@shangliang/persistence';
import { staffOf } from '@shangliang/testing';
import type { ConsultationItemRepository } from '../consultation-items/consultation-item.repository';
import type { ReferralDeadlinePolicy } from '../referrals/referral-deadline.policy';
import { CompleteReferralUseCase } from './complete-referral.usecase';
import { DecideCompletionUseCase } from './decide-completion.usecase';
import { DecideExtensionUseCase } from './decide-extension.usecase';
import { DecideReturnUseCase } from './decide-return.usecase';
import { RequestExtensionUseCase } from './request-extension.usecase';
import { problemId, referralFixture } from './referral-step.fixture';
import type { ReferralForStep, ReferralStepRepository } from './referral-step.repository';
import type { ReferralStepRunner, StepSpec } from './referral-step.runner';

const lead = staffOf('member', { memberId: 'm-lead' });
const housing = staffOf('department', { departmentId: 'd-housing' });
const tx = {} as Tx;

/** The runner stands in for the transaction: the spec reads the step each use case asks for. */
function runnerFor(referral: ReferralForStep) {
  const runner = { load: jest.fn().mockResolvedValue(referral), run: jest.fn(async (_r: ReferralForStep, _s: unknown, spec: StepSpec) => ({ stepId: 's-1', kind: spec.step.kind })) };
  const spec = () => runner.run.mock.calls[0][2];
  return { runner: runner as unknown as ReferralStepRunner, run: runner.run, spec };
}

describe('asking for and deciding on an extension', () => {
  it('asks for a date later than the current deadline and only one at a time', async () => {
    const { runner, spec } = runnerFor(referralFixture({ status: 'signed' }));
    await new RequestExtensionUseCase(runner).execute('r', { reason: '需采购配件', newDueAt: '2026-12-20T10:00:00Z' }, housing);
    expect(spec()).toMatchObject({ from: ['signed'], where: { extensionDueAt: null }, step: { kind: 'extension_requested', newDueAt: '2026-12-20T10:00:00.000Z' } });
  });

  it('refuses a "new" date before the current deadline, naming newDueAt', async () => {
    const { runner, run } = runnerFor(referralFixture({ status: 'signed' }));
    await expect(new RequestExtensionUseCase(runner).execute('r', { reason: 'x', newDueAt: '2026-12-01T10:00:00Z' }, housing)).rejects.toMatchObject({
      status: 400,
      fields: [expect.objectContaining({ field: 'newDueAt' })],
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('moves the deadline to the asked date when approved, and keeps it when refused', async () => {
    const asked = new Date('2026-12-20T10:00:00Z');
    const approve = runnerFor(referralFixture({ status: 'signed', extensionDueAt: asked }));
    await new DecideExtensionUseCase(approve.runner).execute('r', { approved: true }, lead);
    expect(approve.spec()).toMatchObject({ where: { extensionDueAt: asked }, data: { dueAt: asked, extensionDueAt: null }, step: { approved: true, newDueAt: asked.toISOString() } });

    const refuse = runnerFor(referralFixture({ status: 'signed', extensionDueAt: asked }));
    await new DecideExtensionUseCase(refuse.runner).execute('r', { approved: false }, lead);
    expect(refuse.spec()).toMatchObject({ data: { extensionDueAt: null }, step: { approved: false, newDueAt: null } });
    expect(refuse.spec().data).not.toHaveProperty('dueAt');
  });

  it('answers 409 when no extension is pending', async () => {
    const { runner } = runnerFor(referralFixture({ status: 'signed' }));
    await expect(new DecideExtensionUseCase(runner).execute('r', { approved: true }, lead)).rejects.toMatchObject({ status: 409 });
  });
});

describe('deciding on a referral the department sent back', () => {
  function setUp() {
    const { runner, spec } = runnerFor(referralFixture({ status: 'returned' }));
    const items = { addReferral: jest.fn(), reopen: jest.fn() };
    const directory = { departments: jest.fn().mockResolvedValue([{ id: 'd-housing' }, { id: 'd-water' }]) };
    const deadlines = { check: jest.fn() };
    const useCase = new DecideReturnUseCase(
      runner,
      items as unknown as ConsultationItemRepository,
      directory as unknown as OrganisationDirectory,
      deadlines as unknown as ReferralDeadlinePolicy,
    );
    return { useCase, spec, items, deadlines };
  }
  const elsewhere = { action: 'refer_elsewhere' as const, departmentId: 'd-water', request: '请维修供水管', dueAt: '2026-12-12T10:00:00Z' };

  it('refers it to another department: a new referral that remembers the one sent back', async () => {
    const { useCase, spec, items, deadlines } = setUp();
    const result = await useCase.execute('r', elsewhere, lead);
    expect(deadlines.check).toHaveBeenCalledWith('dueAt', new Date(elsewhere.dueAt), expect.objectContaining({ category: 'public_facilities' }));
    expect(spec()).toMatchObject({ from: ['returned'], data: { status: 're_referred' }, step: { kind: 're_referred', referral: { departmentId: 'd-water', referralId: result.newReferralId } } });
    await spec().alsoWrite!(tx);
    expect(items.addReferral).toHaveBeenCalledWith(tx, expect.objectContaining({ id: result.newReferralId, problemId, departmentId: 'd-water', previousReferralId: referralFixture().id }));
  });

  it('refuses the department that sent it back, or one of another council, naming departmentId', async () => {
    const { useCase } = setUp();
    for (const departmentId of ['d-housing', 'cd-water']) {
      await expect(useCase.execute('r', { ...elsewhere, departmentId }, lead)).rejects.toMatchObject({ status: 400, fields: [expect.objectContaining({ field: 'departmentId' })] });
    }
  });

  it('takes it back to consultation, opening the item again', async () => {
    const { useCase, spec, items } = setUp();
    await useCase.execute('r', { action: 'take_back' }, lead);
    expect(spec()).toMatchObject({ from: ['returned'], data: { status: 'taken_back' }, step: { kind: 'taken_back' } });
    await spec().alsoWrite!(tx);
    expect(items.reopen).toHaveBeenCalledWith(tx, problemId);
  });
});

describe('completing a referral and checking the completion', () => {
  it('completes with photos uploaded to this referral, and refuses one that is not, naming it', async () => {
    const { runner, spec } = runnerFor(referralFixture({ status: 'signed' }));
    const referrals = { photos: jest.fn().mockResolvedValue([{ id: 'p-1' }]) };
    const useCase = new CompleteReferralUseCase(runner, referrals as unknown as ReferralStepRepository);
    await expect(useCase.execute('r', { result: '已修复', photoIds: ['p-1', 'p-9'] }, housing)).rejects.toMatchObject({ fields: [expect.objectContaining({ field: 'photoIds.1' })] });
    await useCase.execute('r', { result: '已修复', photoIds: ['p-1'] }, housing);
    expect(spec()).toMatchObject({ from: ['signed'], data: { status: 'completed', result: '已修复' }, step: { kind: 'completed', photoCount: 1 } });
  });

  it('confirms (on to follow-up) or sends it back to the department with the reason', async () => {
    const confirm = runnerFor(referralFixture({ status: 'completed' }));
    await new DecideCompletionUseCase(confirm.runner).execute('r', { confirmed: true }, lead);
    expect(confirm.spec()).toMatchObject({ from: ['completed'], data: { status: 'confirmed' }, step: { kind: 'completion_confirmed' } });

    const reject = runnerFor(referralFixture({ status: 'completed' }));
    await new DecideCompletionUseCase(reject.runner).execute('r', { confirmed: false, reason: '现场仍不亮' }, lead);
    expect(reject.spec()).toMatchObject({ data: { status: 'signed' }, step: { kind: 'completion_rejected', reason: '现场仍不亮' } });
  });
});
