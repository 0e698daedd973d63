import type { OrganisationDirectory } from '@shangliang/organisation';
import { CommunityScope } from '@shangliang/organisation';
import { staffOf } from '@shangliang/testing';
import type { CaseRecord, CaseRepository } from './case.repository';
import { UpdateCaseUseCase } from './update-case.usecase';

const id = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';

const archived: CaseRecord = {
  id,
  problemId: 'p-1',
  reference: 'SL-2026-000200',
  category: 'land_acquisition',
  communityId: 'c-05',
  outcome: 'solved',
  leadMemberId: 'm-3',
  memberIds: ['m-3'],
  departmentId: null,
  escalationRungs: [],
  satisfaction: 'satisfied',
  submittedAt: new Date('2026-09-01T00:00:00Z'),
  settledAt: new Date('2026-11-20T00:00:00Z'),
  archivedAt: new Date('2026-11-20T00:00:00Z'),
  title: 'SL-2026-000200',
  writeUp: null,
  typical: false,
  result: 'resolved',
  reopenCount: 0,
  explanation: null,
  outcomeNote: null,
  imported: false,
  importKey: null,
};

function setUp(found: CaseRecord | null = archived) {
  const cases = {
    findById: jest.fn().mockResolvedValue(found),
    update: jest.fn(async (_: string, patch: Partial<CaseRecord>) => ({ ...archived, ...patch })),
  };
  const directory = { communityIdsOfCouncil: jest.fn().mockResolvedValue(['c-01', 'c-02', 'c-05', 'c-09']), communityIdsInScope: jest.fn().mockResolvedValue(['c-05']) };
  const useCase = new UpdateCaseUseCase(cases as unknown as CaseRepository, new CommunityScope(directory as unknown as OrganisationDirectory));
  return { useCase, cases, directory };
}

describe('writing a case up', () => {
  it('lets a supervisor write the case up and mark it typical for the site meeting', async () => {
    const { useCase, cases } = setUp();
    const view = await useCase.execute(id, { title: '十年征地纠纷点对点协商化解', writeUp: 'How the dispute was settled…', typical: true }, staffOf('supervisor'));
    expect(cases.update).toHaveBeenCalledWith(id, { title: '十年征地纠纷点对点协商化解', writeUp: 'How the dispute was settled…', outcomeNote: undefined, typical: true }, staffOf('supervisor'));
    expect(view).toMatchObject({ title: '十年征地纠纷点对点协商化解', typical: true });
  });

  it('lets a convener edit the cases of their area', async () => {
    const { useCase, cases } = setUp();
    await useCase.execute(id, { typical: true }, staffOf('convener', { localityId: 'l-2' }));
    expect(cases.update).toHaveBeenCalledWith(id, { title: undefined, writeUp: undefined, outcomeNote: undefined, typical: true }, expect.objectContaining({ role: 'convener' }));
  });

  it("refuses a convener another area's case", async () => {
    const { useCase, cases, directory } = setUp();
    directory.communityIdsInScope.mockResolvedValue(['c-01']);
    await expect(useCase.execute(id, { typical: true }, staffOf('convener', { localityId: 'l-1' }))).rejects.toMatchObject({ status: 403 });
    expect(cases.update).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown case', async () => {
    const { useCase } = setUp(null);
    await expect(useCase.execute(id, { typical: true }, staffOf('admin'))).rejects.toMatchObject({ status: 404 });
  });
});
