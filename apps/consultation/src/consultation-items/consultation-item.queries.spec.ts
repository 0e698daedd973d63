import { DomainError } from '@shangliang/http';
import type { OrganisationDirectory } from '@shangliang/organisation';
import { CommunityScope } from '@shangliang/organisation';
import { staffOf } from '@shangliang/testing';
import type { ConsultationItemDetail, ConsultationItemRepository } from './consultation-item.repository';
import { ConsultationItemQueries } from './consultation-item.queries';
import { NO_STEPS_YET } from '../referral-steps/referral-step.fixture';

const problemId = '0b7d5c3e-8a41-4c6f-b3f2-7e9d1a2c4b55';

function detail(overrides: Partial<ConsultationItemDetail> = {}): ConsultationItemDetail {
  return {
    problemId,
    reference: 'SL-2026-000007',
    category: 'environment',
    communityId: 'c-01',
    leadMemberId: 'm-lead',
    memberIds: ['m-lead', 'm-2'],
    urgency: 'normal',
    status: 'concluded',
    round: 0,
    reopenKey: null,
    reopenReason: null,
    participantDepartmentId: null,
    dueAt: new Date('2026-12-01T00:00:00Z'),
    createdAt: new Date('2026-11-20T00:00:00Z'),
    consultations: [],
    referrals: [
      {
        id: 'r-1',
        problemId,
        departmentId: 'd-env',
        communityId: 'c-01',
        request: 'Clear the drain',
        dueAt: new Date('2026-12-10T00:00:00Z'),
        status: 'open',
        response: null,
        respondedBy: null,
        respondedAt: null,
        ...NO_STEPS_YET,
        createdAt: new Date('2026-11-25T00:00:00Z'),
        escalations: [{ id: 'cmd-1', referralId: 'r-1', rung: 'urging_notice', notifiedAt: new Date('2026-12-10T00:00:00Z') }],
      },
    ],
    ...overrides,
  };
}

function setUp(item: ConsultationItemDetail | null = detail()) {
  const items = { list: jest.fn().mockResolvedValue([[], { total: 0, totalIsLowerBound: false }]), findDetail: jest.fn().mockResolvedValue(item) };
  const directory = { communityIdsOfCouncil: jest.fn().mockResolvedValue(['c-01', 'c-02', 'c-05', 'c-09']), communityIdsInScope: jest.fn().mockResolvedValue(['c-01', 'c-02']) };
  const queries = new ConsultationItemQueries(
    items as unknown as ConsultationItemRepository,
    new CommunityScope(directory as unknown as OrganisationDirectory),
  );
  return { queries, items, directory };
}

const page = { limit: 50, offset: 0 };

describe('which consultation items staff see', () => {
  it('shows a member only the items whose team includes them', async () => {
    const { queries, items, directory } = setUp();
    const result = await queries.list({ ...page, status: 'open' }, staffOf('member', { memberId: 'm-2', groupId: 'g-01' }));
    expect(directory.communityIdsInScope).not.toHaveBeenCalled();
    expect(items.list).toHaveBeenCalledWith({ status: 'open', visibility: { communityIds: [], memberId: 'm-2' }, take: 50, skip: 0 });
    expect(result).toEqual({ total: 0, totalIsLowerBound: false, items: [] });
  });

  it('says the total is a lower bound when more items match than are counted', async () => {
    const { queries, items } = setUp();
    items.list.mockResolvedValue([[detail()], { total: 10_000, totalIsLowerBound: true }]);
    const result = await queries.list(page, staffOf('admin'));
    expect(result).toMatchObject({ total: 10_000, totalIsLowerBound: true, items: [{ problemId }] });
  });

  it("shows a group leader their group's community as well as their own teams", async () => {
    const { queries, items, directory } = setUp();
    const leader = staffOf('group_leader', { memberId: 'm-leader', groupId: 'g-01' });
    await queries.list(page, leader);
    expect(directory.communityIdsInScope).toHaveBeenCalledWith(leader);
    expect(items.list).toHaveBeenCalledWith(expect.objectContaining({ visibility: { communityIds: ['c-01', 'c-02'], memberId: 'm-leader' } }));
  });

  it('shows conveners, committees and vice-chairs the communities of their scope', async () => {
    for (const role of ['convener', 'committee', 'vice_chair'] as const) {
      const { queries, items } = setUp();
      await queries.list(page, staffOf(role, { localityId: 'l-1' }));
      expect(items.list).toHaveBeenCalledWith(expect.objectContaining({ visibility: { communityIds: ['c-01', 'c-02'], memberId: null } }));
    }
  });

  it('shows admins and supervisors every item', async () => {
    for (const role of ['admin', 'supervisor'] as const) {
      const { queries, items } = setUp();
      await queries.list(page, staffOf(role));
      expect(items.list).toHaveBeenCalledWith(expect.objectContaining({ visibility: { communityIds: ['c-01', 'c-02', 'c-05', 'c-09'], memberId: null } }));
    }
  });

  it('returns one item with its referrals and the rungs the department was notified of', async () => {
    const { queries } = setUp();
    const view = await queries.get(problemId, staffOf('member', { memberId: 'm-lead' }));
    expect(view.referrals[0].escalations).toEqual([{ rung: 'urging_notice', rungLabel: { zh: '催办', en: 'Urging notice' }, notifiedAt: '2026-12-10T00:00:00.000Z' }]);
  });

  it('refuses an item outside the caller’s area and teams', async () => {
    const { queries } = setUp(detail({ communityId: 'c-99' }));
    const error = await queries.get(problemId, staffOf('convener', { localityId: 'l-1' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(403);
  });

  it('answers 404 for an unknown item', async () => {
    const { queries } = setUp(null);
    await expect(queries.get(problemId, staffOf('admin'))).rejects.toMatchObject({ status: 404 });
  });
});
