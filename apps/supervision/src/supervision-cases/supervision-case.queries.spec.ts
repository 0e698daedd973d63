import type { OrganisationDirectory } from '@shangliang/organisation';
import { CommunityScope } from '@shangliang/organisation';
import { staffOf } from '@shangliang/testing';
import { SupervisionCaseQueries } from './supervision-case.queries';
import { supervisionCaseRecord } from './supervision-case.fixture';
import type { SupervisionCaseRepository } from './supervision-case.repository';

const row = supervisionCaseRecord();

function setUp() {
  const cases = { list: jest.fn().mockResolvedValue([[row], { total: 1, totalIsLowerBound: false }]), findDetail: jest.fn().mockResolvedValue({ ...row, notices: [], actions: [] }) };
  const directory = { communityIdsOfCouncil: jest.fn().mockResolvedValue(['c-01', 'c-02', 'c-05', 'c-09']), communityIdsInScope: jest.fn().mockResolvedValue(['c-01', 'c-02']) };
  const queries = new SupervisionCaseQueries(cases as unknown as SupervisionCaseRepository, new CommunityScope(directory as unknown as OrganisationDirectory));
  return { queries, cases, directory };
}

describe('which democratic-supervision cases staff see', () => {
  it('shows supervisors every open case', async () => {
    const { queries, cases } = setUp();
    const result = await queries.list({ status: 'open', limit: 50, offset: 0 }, staffOf('supervisor'));
    expect(cases.list).toHaveBeenCalledWith({ status: 'open', kind: undefined, level: undefined, communityIds: ['c-01', 'c-02', 'c-05', 'c-09'], take: 50, skip: 0 });
    expect(result.items[0].actions).toEqual(['notice', 'point_to_point', 'finding', 'close']);
    expect(result).toMatchObject({ total: 1, totalIsLowerBound: false, items: [{ id: 's-1', categoryLabel: { zh: '征地拆迁' } }] });
  });

  it('says the total is a lower bound when more cases match than are counted', async () => {
    const { queries, cases } = setUp();
    cases.list.mockResolvedValue([[row], { total: 10_000, totalIsLowerBound: true }]);
    await expect(queries.list({ limit: 50, offset: 0 }, staffOf('admin'))).resolves.toMatchObject({ total: 10_000, totalIsLowerBound: true });
  });

  it('shows a vice-chair the cases of the communities they are in charge of', async () => {
    const { queries, cases, directory } = setUp();
    const viceChair = staffOf('vice_chair', { viceChairId: 'vc-1' });
    await queries.list({ limit: 50, offset: 0 }, viceChair);
    expect(directory.communityIdsInScope).toHaveBeenCalledWith(viceChair);
    expect(cases.list).toHaveBeenCalledWith(expect.objectContaining({ communityIds: ['c-01', 'c-02'] }));
  });

  it("refuses a vice-chair one case outside their communities", async () => {
    const { queries } = setUp();
    await expect(queries.get('s-1', staffOf('vice_chair', { viceChairId: 'vc-1' }))).rejects.toMatchObject({ status: 403 });
  });
});
