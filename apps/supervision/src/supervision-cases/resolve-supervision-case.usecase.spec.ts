import type { CommunityScope } from '@shangliang/organisation';
import type { Outbox } from '@shangliang/messaging';
import type { Tx } from '@shangliang/persistence';
import { staffOf } from '@shangliang/testing';
import { ResolveSupervisionCaseUseCase } from './resolve-supervision-case.usecase';
import { supervisionCaseRecord } from './supervision-case.fixture';
import type { SupervisionCaseRecord, SupervisionCaseRepository } from './supervision-case.repository';

const tx = {} as Tx;
const id = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const problemId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

function supervisionCase(status = 'open'): SupervisionCaseRecord {
  // Opened before release 4: a case that only records its resolution.
  return supervisionCaseRecord({ id, problemId, referralId: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', status, acts: false });
}

function setUp(found: SupervisionCaseRecord | null = supervisionCase()) {
  const cases = {
    findById: jest.fn().mockResolvedValue(found),
    transaction: jest.fn((work: (t: Tx) => Promise<unknown>) => work(tx)),
    markResolved: jest.fn().mockResolvedValue(true),
  };
  const outbox = { add: jest.fn().mockResolvedValue('outbox-id'), flush: jest.fn() };
  return { useCase: new ResolveSupervisionCaseUseCase(cases as unknown as SupervisionCaseRepository, outbox as unknown as Outbox, { of: jest.fn(async (s: { councilId: string }) => (s.councilId === 'city' ? ['c-07'] : ['cc-01'])) } as unknown as CommunityScope), cases, outbox };
}

const supervisor = staffOf('supervisor');

describe('resolving a democratic-supervision case (民主监督)', () => {
  it('resolves the case and tells the workflow, keyed by the case', async () => {
    const { useCase, cases, outbox } = setUp();
    const result = await useCase.execute(id, { resolution: 'The land bureau agreed a compensation timetable.' }, supervisor);

    expect(cases.markResolved).toHaveBeenCalledWith(tx, id, {
      resolution: 'The land bureau agreed a compensation timetable.',
      resolvedBy: supervisor.staffId,
      resolvedAt: expect.any(Date),
    });
    expect(outbox.add).toHaveBeenCalledWith(tx, 'workflow-events', 'supervision-case.resolved', { eventId: `${id}.resolved`, problemId, supervisionCaseId: id });
    expect(outbox.flush).toHaveBeenCalled();
    expect(result.status).toBe('resolved');
  });

  it('answers 409 wrong_stage for a case already resolved, and emits nothing', async () => {
    const { useCase, cases, outbox } = setUp(supervisionCase('resolved'));
    await expect(useCase.execute(id, { resolution: 'again' }, supervisor)).rejects.toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(cases.transaction).not.toHaveBeenCalled();
    expect(outbox.add).not.toHaveBeenCalled();
  });

  it('answers 409 and emits nothing when a concurrent click resolved it first', async () => {
    const { useCase, cases, outbox } = setUp();
    cases.markResolved.mockResolvedValue(false);
    await expect(useCase.execute(id, { resolution: 'again' }, supervisor)).rejects.toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(outbox.add).not.toHaveBeenCalled();
    expect(outbox.flush).not.toHaveBeenCalled();
  });

  it("refuses a supervisor of another council and emits nothing", async () => {
    const { useCase, cases, outbox } = setUp();
    await expect(useCase.execute(id, { resolution: 'x' }, staffOf('supervisor', { councilId: 'county' }))).rejects.toMatchObject({ status: 403 });
    expect(cases.transaction).not.toHaveBeenCalled();
    expect(outbox.add).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown case', async () => {
    const { useCase } = setUp(null);
    await expect(useCase.execute(id, { resolution: 'x' }, supervisor)).rejects.toMatchObject({ status: 404 });
  });
});
