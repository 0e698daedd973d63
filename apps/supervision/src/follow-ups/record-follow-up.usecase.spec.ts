import type { Outbox } from '@shangliang/messaging';
import type { OrganisationDirectory } from '@shangliang/organisation';
import type { Tx } from '@shangliang/persistence';
import { CommunityScope } from '@shangliang/organisation';
import { staffOf } from '@shangliang/testing';
import type { FollowUpRecord, FollowUpRepository } from './follow-up.repository';
import { FollowUpPolicy } from './follow-up.policy';
import { RecordFollowUpUseCase } from './record-follow-up.usecase';

const tx = {} as Tx;
const problemId = '7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a';

function followUp(status = 'pending'): FollowUpRecord {
  return {
    problemId,
    reference: 'SL-2026-000042',
    category: 'property_management',
    communityId: 'c-01',
    status,
    dueAt: new Date('2026-12-05T00:00:00Z'),
    satisfaction: null,
    note: null,
    recordedBy: null,
    recordedAt: null,
    createdAt: new Date('2026-11-28T00:00:00Z'),
    round: 0,
    attempts: 0,
    result: null,
    reason: null,
  };
}

function setUp(found: FollowUpRecord | null = followUp()) {
  const followUps = {
    findById: jest.fn().mockResolvedValue(found),
    transaction: jest.fn((work: (t: Tx) => Promise<unknown>) => work(tx)),
    markRecorded: jest.fn().mockResolvedValue(true),
  };
  const directory = { communityIdsOfCouncil: jest.fn().mockResolvedValue(['c-01', 'c-02', 'c-05', 'c-09']), communityIdsInScope: jest.fn().mockResolvedValue(['c-01']) };
  const outbox = { add: jest.fn().mockResolvedValue('outbox-id'), flush: jest.fn() };
  const useCase = new RecordFollowUpUseCase(
    followUps as unknown as FollowUpRepository,
    new CommunityScope(directory as unknown as OrganisationDirectory),
    outbox as unknown as Outbox,
    new FollowUpPolicy(3),
  );
  return { useCase, followUps, directory, outbox };
}

describe('recording the call-back to the resident (回访)', () => {
  it("records the resident's satisfaction and tells the workflow, keyed by the problem", async () => {
    const { useCase, followUps, outbox } = setUp();
    const supervisor = staffOf('supervisor');
    await useCase.execute(problemId, { satisfaction: 'basically_satisfied', note: 'Lift works; wants a maintenance schedule.' }, supervisor);

    expect(followUps.markRecorded).toHaveBeenCalledWith(
      tx,
      problemId,
      { satisfaction: 'basically_satisfied', note: 'Lift works; wants a maintenance schedule.', reason: null, recordedBy: supervisor.staffId, recordedAt: expect.any(Date) },
      0,
    );
    expect(outbox.add).toHaveBeenCalledWith(tx, 'workflow-events', 'follow-up.recorded', { eventId: `${problemId}.follow-up`, problemId, satisfaction: 'basically_satisfied' });
    expect(outbox.flush).toHaveBeenCalled();
  });

  it('lets the convener of the community record it', async () => {
    const { useCase, outbox } = setUp();
    await useCase.execute(problemId, { satisfaction: 'satisfied' }, staffOf('convener', { localityId: 'l-1' }));
    expect(outbox.add).toHaveBeenCalled();
  });

  it('refuses a group leader of another community', async () => {
    const { useCase, directory, followUps } = setUp();
    directory.communityIdsInScope.mockResolvedValue(['c-09']);
    await expect(useCase.execute(problemId, { satisfaction: 'satisfied' }, staffOf('group_leader', { groupId: 'g-09' }))).rejects.toMatchObject({ status: 403 });
    expect(followUps.transaction).not.toHaveBeenCalled();
  });

  it('answers 409 wrong_stage when the call-back is already recorded', async () => {
    const { useCase, outbox } = setUp(followUp('recorded'));
    await expect(useCase.execute(problemId, { satisfaction: 'dissatisfied' }, staffOf('admin'))).rejects.toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(outbox.add).not.toHaveBeenCalled();
  });

  it('answers 409 and emits nothing when a concurrent click recorded it first', async () => {
    const { useCase, followUps, outbox } = setUp();
    followUps.markRecorded.mockResolvedValue(false);
    await expect(useCase.execute(problemId, { satisfaction: 'satisfied' }, staffOf('admin'))).rejects.toMatchObject({ status: 409 });
    expect(outbox.add).not.toHaveBeenCalled();
    expect(outbox.flush).not.toHaveBeenCalled();
  });

  it('answers 404 when no follow-up was requested for the problem', async () => {
    const { useCase } = setUp(null);
    await expect(useCase.execute(problemId, { satisfaction: 'satisfied' }, staffOf('admin'))).rejects.toMatchObject({ status: 404 });
  });

  it('counts call-backs that reach nobody, and ends the round as not reached at the policy\'s limit', async () => {
    const { useCase, followUps, outbox } = setUp();
    const countAttempt = jest.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(2).mockResolvedValueOnce(3);
    Object.assign(followUps, { countAttempt });
    const supervisor = staffOf('supervisor');
    expect(await useCase.attempt(problemId, {}, supervisor)).toMatchObject({ attempts: 1, status: 'pending' });
    expect(await useCase.attempt(problemId, {}, supervisor)).toMatchObject({ attempts: 2, status: 'pending' });
    expect(outbox.add).not.toHaveBeenCalled();
    expect(await useCase.attempt(problemId, { note: 'No answer three evenings' }, supervisor)).toMatchObject({ attempts: 3, status: 'not_reached' });
    expect(outbox.add).toHaveBeenCalledWith(tx, 'workflow-events', 'follow-up.recorded', { eventId: `${problemId}.follow-up`, problemId, satisfaction: null, round: 0, result: 'not_reached' });
  });
});
