import { DomainError } from '@shangliang/http';
import type { Outbox } from '@shangliang/messaging';
import type { OrganisationDirectory } from '@shangliang/organisation';
import type { Tx } from '@shangliang/persistence';
import { staffOf } from '@shangliang/testing';
import type { ConsultationItemRecord, ConsultationItemRepository } from './consultation-item.repository';
import type { RecordConsultationCommand } from './record-consultation.command';
import { ItemConclusion } from './item-conclusion';
import { RecordConsultationUseCase } from './record-consultation.usecase';
import type { ReferralDeadlinePolicy } from '../referrals/referral-deadline.policy';

const problemId = '6f1c2a4e-1b7d-4f7e-9a55-2d8c1f0b3a11';
const tx = {} as Tx;

function openItem(overrides: Partial<ConsultationItemRecord> = {}): ConsultationItemRecord {
  return {
    problemId,
    reference: 'SL-2026-000042',
    category: 'property_management',
    communityId: 'c-01',
    leadMemberId: 'm-lead',
    memberIds: ['m-lead', 'm-2'],
    urgency: 'normal',
    status: 'open',
    round: 0,
    reopenKey: null,
    reopenReason: null,
    participantDepartmentId: null,
    dueAt: new Date('2026-12-01T00:00:00Z'),
    createdAt: new Date('2026-11-20T00:00:00Z'),
    ...overrides,
  };
}

const solved: RecordConsultationCommand = {
  form: 'micro',
  heldAt: '2026-11-24T09:00:00+08:00',
  venue: '东湖社区委员工作室',
  participants: { residentRepresentatives: 5 },
  summary: 'The property company agreed to repair the lift.',
  outcome: 'solved',
};

const housingReferral = { departmentId: 'd-housing', request: 'Replace the lift', dueAt: '2026-12-15T18:00:00+08:00' };
const referred: RecordConsultationCommand = { ...solved, form: 'point_to_point', outcome: 'referred', referral: housingReferral };

function setUp(item: ConsultationItemRecord | null = openItem()) {
  const items = {
    findById: jest.fn().mockResolvedValue(item),
    transaction: jest.fn((work: (t: Tx) => Promise<unknown>) => work(tx)),
    conclude: jest.fn().mockResolvedValue(true),
    addConsultation: jest.fn().mockResolvedValue(undefined),
    addReferral: jest.fn().mockResolvedValue(undefined),
  };
  const directory = { department: jest.fn(async (id: string) => (id.startsWith('d-') ? { id, code: id, name: id } : null)) };
  const outbox = { add: jest.fn().mockResolvedValue('outbox-id'), flush: jest.fn() };
  const deadlines = { check: jest.fn() };
  const conclusion = new ItemConclusion(
    items as unknown as ConsultationItemRepository,
    directory as unknown as OrganisationDirectory,
    outbox as unknown as Outbox,
    deadlines as unknown as ReferralDeadlinePolicy,
  );
  const useCase = new RecordConsultationUseCase(items as unknown as ConsultationItemRepository, directory as unknown as OrganisationDirectory, conclusion, outbox as unknown as Outbox);
  return { useCase, items, directory, outbox, deadlines };
}

const lead = staffOf('member', { memberId: 'm-lead', groupId: 'g-01' });

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('recording a consultation (协商解单)', () => {
  it('concludes the item and tells the workflow, with no referral, when the team solved it', async () => {
    const { useCase, items, outbox } = setUp();
    const result = await useCase.execute(problemId, solved, lead);

    expect(items.conclude).toHaveBeenCalledWith(tx, problemId);
    expect(items.addConsultation).toHaveBeenCalledWith(
      tx,
      expect.objectContaining({ id: result.consultationId, problemId, form: 'micro', outcome: 'solved', recordedBy: lead.staffId }),
    );
    expect(items.addReferral).not.toHaveBeenCalled();
    expect(outbox.add).toHaveBeenCalledWith(tx, 'workflow-events', 'consultation.concluded', {
      eventId: `${problemId}.concluded`,
      problemId,
      consultationId: result.consultationId,
      outcome: 'solved',
      form: 'micro',
      referral: null,
    });
    expect(outbox.flush).toHaveBeenCalled();
    expect(result.referralId).toBeNull();
  });

  it('opens a referral to the department and announces it with its deadline when the outcome is referred', async () => {
    const { useCase, items, outbox } = setUp();
    const result = await useCase.execute(problemId, referred, staffOf('member', { memberId: 'm-2' }));

    expect(result.referralId).toEqual(expect.any(String));
    expect(items.addReferral).toHaveBeenCalledWith(tx, {
      id: result.referralId,
      problemId,
      departmentId: 'd-housing',
      request: 'Replace the lift',
      dueAt: new Date('2026-12-15T10:00:00Z'),
    });
    expect(outbox.add).toHaveBeenCalledWith(
      tx,
      'workflow-events',
      'consultation.concluded',
      expect.objectContaining({
        outcome: 'referred',
        form: 'point_to_point',
        referral: { referralId: result.referralId, departmentId: 'd-housing', dueAt: '2026-12-15T10:00:00.000Z' },
      }),
    );
  });

  it('lets an admin record on behalf of the team', async () => {
    const { useCase, items } = setUp();
    await useCase.execute(problemId, solved, staffOf('admin'));
    expect(items.addConsultation).toHaveBeenCalled();
  });

  it('refuses a member who is not on the item’s team, and writes nothing', async () => {
    const { useCase, items, outbox } = setUp();
    const error = await failure(useCase.execute(problemId, solved, staffOf('member', { memberId: 'm-other', groupId: 'g-01' })));
    expect(error.status).toBe(403);
    expect(items.transaction).not.toHaveBeenCalled();
    expect(outbox.add).not.toHaveBeenCalled();
  });

  it('refuses a group leader of the community who is not on the team', async () => {
    const { useCase } = setUp();
    const error = await failure(useCase.execute(problemId, solved, staffOf('group_leader', { memberId: 'm-leader', groupId: 'g-01' })));
    expect(error.code).toBe('forbidden');
  });

  it('answers 404 for a problem that has no consultation item', async () => {
    const { useCase } = setUp(null);
    const error = await failure(useCase.execute(problemId, solved, lead));
    expect(error.status).toBe(404);
  });

  it('answers 400 naming referral.departmentId for a department that does not exist, and writes nothing', async () => {
    const { useCase, items } = setUp();
    const command = { ...referred, referral: { ...housingReferral, departmentId: 'nowhere' } };
    const error = await failure(useCase.execute(problemId, command, lead));
    expect(error.status).toBe(400);
    expect(error.fields).toEqual([{ field: 'referral.departmentId', message: expect.stringContaining('nowhere') }]);
    expect(items.transaction).not.toHaveBeenCalled();
  });

  it('answers 400 naming the participating department that does not exist', async () => {
    const { useCase } = setUp();
    const command = { ...solved, participants: { residentRepresentatives: 3, departmentIds: ['d-housing', 'ghost'] } };
    const error = await failure(useCase.execute(problemId, command, lead));
    expect(error.fields?.[0].field).toBe('participants.departmentIds.1');
  });

  it('answers 409 wrong_stage when the item is already concluded', async () => {
    const { useCase, items, outbox } = setUp(openItem({ status: 'concluded' }));
    const error = await failure(useCase.execute(problemId, solved, lead));
    expect(error).toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(items.transaction).not.toHaveBeenCalled();
    expect(outbox.add).not.toHaveBeenCalled();
  });

  it('answers 409 and adds nothing when a concurrent double click concluded the item first', async () => {
    const { useCase, items, outbox } = setUp();
    items.conclude.mockResolvedValue(false);
    const error = await failure(useCase.execute(problemId, solved, lead));
    expect(error).toMatchObject({ status: 409, code: 'wrong_stage' });
    expect(items.addConsultation).not.toHaveBeenCalled();
    expect(outbox.add).not.toHaveBeenCalled();
    expect(outbox.flush).not.toHaveBeenCalled();
  });
});
