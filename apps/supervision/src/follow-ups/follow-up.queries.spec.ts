import type { OrganisationDirectory } from '@shangliang/organisation';
import { CommunityScope } from '@shangliang/organisation';
import { staffOf } from '@shangliang/testing';
import { FollowUpQueries } from './follow-up.queries';
import type { FollowUpRepository } from './follow-up.repository';

function setUp() {
  const followUps = { list: jest.fn().mockResolvedValue([[], { total: 0, totalIsLowerBound: false }]) };
  const directory = { communityIdsOfCouncil: jest.fn().mockResolvedValue(['c-01', 'c-02', 'c-05', 'c-09']), communityIdsInScope: jest.fn().mockResolvedValue(['c-01', 'c-02']) };
  const queries = new FollowUpQueries(followUps as unknown as FollowUpRepository, new CommunityScope(directory as unknown as OrganisationDirectory));
  return { queries, followUps };
}

describe('which call-backs staff see', () => {
  it("shows a convener the pending call-backs of their township or street", async () => {
    const { queries, followUps } = setUp();
    const result = await queries.list({ status: 'pending', limit: 50, offset: 0 }, staffOf('convener', { localityId: 'l-1' }));
    expect(followUps.list).toHaveBeenCalledWith({ status: 'pending', communityIds: ['c-01', 'c-02'], take: 50, skip: 0 });
    expect(result).toEqual({ total: 0, totalIsLowerBound: false, items: [] });
  });

  it('says the total is a lower bound when more call-backs match than are counted', async () => {
    const { queries, followUps } = setUp();
    followUps.list.mockResolvedValue([[], { total: 10_000, totalIsLowerBound: true }]);
    await expect(queries.list({ limit: 50, offset: 0 }, staffOf('supervisor'))).resolves.toMatchObject({ total: 10_000, totalIsLowerBound: true });
  });

  it('shows supervisors every call-back', async () => {
    const { queries, followUps } = setUp();
    await queries.list({ limit: 50, offset: 0 }, staffOf('supervisor'));
    expect(followUps.list).toHaveBeenCalledWith(expect.objectContaining({ communityIds: ['c-01', 'c-02', 'c-05', 'c-09'] }));
  });
});
