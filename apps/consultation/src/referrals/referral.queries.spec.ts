import { staffOf } from '@shangliang/testing';
import type { ReferralRepository, ReferralWithContext } from './referral.repository';
import { ReferralQueries } from './referral.queries';
import type { CommunityScope } from '@shangliang/organisation';
import { NO_STEPS_YET } from '../referral-steps/referral-step.fixture';

const row: ReferralWithContext = {
  id: 'r-1',
  problemId: 'p-1',
  departmentId: 'd-housing',
  communityId: 'c-01',
  request: 'Repair the lift',
  dueAt: new Date('2026-12-01T00:00:00Z'),
  status: 'open',
  response: null,
  respondedBy: null,
  respondedAt: null,
  ...NO_STEPS_YET,
  createdAt: new Date('2026-11-20T00:00:00Z'),
  item: { reference: 'SL-2026-000042', category: 'property_management', communityId: 'c-01', leadMemberId: 'm-lead' },
  escalations: [
    { id: 'cmd-1', referralId: 'r-1', rung: 'reminder', notifiedAt: new Date('2026-11-30T00:00:00Z') },
    { id: 'cmd-2', referralId: 'r-1', rung: 'urging_notice', notifiedAt: new Date('2026-12-01T00:00:00Z') },
  ],
  steps: [],
  photos: [],
};

function setUp(found: ReferralWithContext | null = row) {
  const referrals = { list: jest.fn().mockResolvedValue([[row], { total: 1, totalIsLowerBound: false }]), findWithContext: jest.fn().mockResolvedValue(found) };
  const communities = { of: jest.fn(async (staff: { councilId: string }) => (staff.councilId === 'city' ? ['c-01', 'c-02'] : ['cc-01'])) };
  return { queries: new ReferralQueries(referrals as unknown as ReferralRepository, communities as unknown as CommunityScope), referrals };
}

const page = { limit: 20, offset: 0 };

describe('which referrals staff see', () => {
  it("shows a department only its own referrals, each with the rungs it was notified of", async () => {
    const { queries, referrals } = setUp();
    const result = await queries.list({ ...page, status: 'open' }, staffOf('department', { departmentId: 'd-housing' }));
    expect(referrals.list).toHaveBeenCalledWith({ status: 'open', scope: { departmentId: 'd-housing' }, take: 20, skip: 0, awaitingLead: undefined });
    expect(result.items[0]).toMatchObject({ reference: 'SL-2026-000042', escalations: [{ rung: 'reminder' }, { rung: 'urging_notice' }] });
    expect(result).toMatchObject({ total: 1, totalIsLowerBound: false });
  });

  it('says the total is a lower bound when more referrals match than are counted', async () => {
    const { queries, referrals } = setUp();
    referrals.list.mockResolvedValue([[row], { total: 10_000, totalIsLowerBound: true }]);
    await expect(queries.list(page, staffOf('admin'))).resolves.toMatchObject({ total: 10_000, totalIsLowerBound: true, items: [{ id: 'r-1' }] });
  });

  it('shows supervisors and admins every department’s referrals in their own council', async () => {
    for (const role of ['supervisor', 'admin'] as const) {
      const { queries, referrals } = setUp();
      await queries.list(page, staffOf(role));
      expect(referrals.list).toHaveBeenCalledWith(expect.objectContaining({ scope: { communityIds: ['c-01', 'c-02'] } }));
      await expect(queries.get('r-1', staffOf(role))).resolves.toMatchObject({ id: 'r-1' });
      await expect(queries.get('r-1', staffOf(role, { councilId: 'county' }))).rejects.toMatchObject({ status: 403 });
    }
  });

  it('refuses a department account that carries no department', async () => {
    const { queries } = setUp();
    await expect(queries.list(page, staffOf('department'))).rejects.toMatchObject({ status: 403 });
  });

  it("shows a team lead the referrals of the items they lead, to decide on them, and no other", async () => {
    const { queries, referrals } = setUp();
    await queries.list({ ...page, awaitingLead: true }, staffOf('member', { memberId: 'm-lead' }));
    expect(referrals.list).toHaveBeenCalledWith(expect.objectContaining({ scope: { leadMemberId: 'm-lead' }, awaitingLead: true }));
    await expect(queries.get('r-1', staffOf('member', { memberId: 'm-lead' }))).resolves.toMatchObject({ id: 'r-1', leadMemberId: 'm-lead' });
    await expect(queries.get('r-1', staffOf('group_leader', { memberId: 'm-other' }))).rejects.toMatchObject({ status: 403 });
  });

  it("refuses one referral of another department", async () => {
    const { queries } = setUp();
    await expect(queries.get('r-1', staffOf('department', { departmentId: 'd-water' }))).rejects.toMatchObject({ status: 403 });
  });
});
