import type { OrganisationDirectory } from '@shangliang/organisation';
import type { CaseRepository, ImportedCase } from '../cases/case.repository';
import type { ImportedSuggestion, SuggestionRepository } from '../suggestions/suggestion.repository';
import { ImportHistoryUseCase } from './import-history.usecase';

const actor = { staffId: 'admin', councilId: 'city' };

function setUp() {
  const imported = new Set<string>();
  const importMany = jest.fn(async (_tx: unknown, rows: (ImportedCase | ImportedSuggestion)[]) => {
    const fresh = rows.filter((r) => !imported.has(r.importKey));
    fresh.forEach((r) => imported.add(r.importKey));
    return fresh.length;
  });
  const tx = { supervisionAudit: { create: jest.fn() } };
  const cases = { importMany };
  const suggestions = { importMany, inTransaction: jest.fn((work: (t: unknown) => unknown) => work(tx)) };
  const directory = {
    communityIdsOfCouncil: jest.fn().mockResolvedValue(['com-01', 'com-02']),
    communities: jest.fn().mockResolvedValue([
      { id: 'com-01', name: '东风社区' },
      { id: 'com-02', name: '西湖社区' },
      { id: 'cc-01', name: '县城社区' },
    ]),
    departments: jest.fn().mockResolvedValue([{ id: 'dept-water', code: 'water', name: '水务集团' }]),
    membersInCouncil: jest.fn(async (_c: string, ids: string[]) => ids.filter((id) => id.startsWith('mem-')).map((id) => ({ id, name: id }))),
  };
  const useCase = new ImportHistoryUseCase(cases as unknown as CaseRepository, suggestions as unknown as SuggestionRepository, directory as unknown as OrganisationDirectory);
  return { useCase, importMany, tx };
}

const csv = (lines: string[]) => {
  const buffer = Buffer.from(lines.join('\n'), 'utf8');
  return { originalname: 'cases.csv', buffer, size: buffer.length };
};

const CASE_HEADER = '编号,标题,类别,社区,提出日期,办结日期,结果,处理结果,满意度,部门,委员,典型';

describe('importing history from before the system', () => {
  it('imports the good case rows, marked imported, and reports each bad row by row and field', async () => {
    const { useCase, importMany, tx } = setUp();
    const report = await useCase.execute(
      'cases',
      csv([
        CASE_HEADER,
        'A-1,东风社区楼道漏水,水电气暖,东风社区,2025-03-01,2025-03-20,已解决,更换水管,满意,水务集团,mem-01；mem-02,是',
        'A-2,西湖社区停车难,traffic,com-02,2025-04-01,2025-04-30,solved,,,,,否',
        'A-3,,水电气暖,东风社区,2025-03-01,2025-03-20,已解决,,,,,',
        'A-4,办结早于提出,环境卫生,东风社区,2025-03-01,2025-02-20,已解决,,,,,',
        'A-6,县城社区的事,环境卫生,县城社区,2025-03-01,2025-03-20,已解决,,很好,,mem-01；x-9,',
        'A-5,不存在的部门,环境卫生,东风社区,2025-02-30,2025-03-20,已解决,,,规划局,,',
      ]),
      actor,
    );
    expect(report).toMatchObject({ totalRows: 6, imported: 2, skipped: 0, failed: 4 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 4, field: 'title', message: 'is required' },
        { row: 5, field: 'settledOn', message: expect.any(String) },
        { row: 6, field: 'satisfaction', message: expect.stringContaining('satisfied') },
        { row: 7, field: 'submittedOn', message: 'must be a real date between 1990 and 2100' },
      ]),
    );
    expect((await setUp().useCase.execute('cases', csv([CASE_HEADER, 'A-7,县城社区的事,环境卫生,县城社区,2025-03-01,2025-03-20,已解决,,,,mem-01；x-9,']), actor)).errors).toEqual([
      { row: 2, field: 'community', message: 'no community 县城社区 in your council' },
      { row: 2, field: 'members', message: 'no member x-9 in your council' },
    ]);
    const rows = importMany.mock.calls[0][1] as ImportedCase[];
    expect(rows[0]).toMatchObject({ problemId: null, imported: true, title: '东风社区楼道漏水', category: 'utilities', communityId: 'com-01', outcome: 'solved', satisfaction: 'satisfied', departmentId: 'dept-water', memberIds: ['mem-01', 'mem-02'], typical: true, outcomeNote: '更换水管' });
    expect(rows[0].settledAt).toEqual(new Date('2025-03-20T00:00:00+08:00'));
    expect(rows[0].importKey).toBe('case:city:ref:A-1');
    expect(tx.supervisionAudit.create).toHaveBeenCalledWith({ data: expect.objectContaining({ action: 'import', entity: 'history_import', after: expect.objectContaining({ imported: 2 }) }) });
  });

  it('imports nothing the second time, and a row repeated within the file once', async () => {
    const { useCase } = setUp();
    const file = csv([CASE_HEADER, 'A-1,东风社区楼道漏水,水电气暖,东风社区,2025-03-01,2025-03-20,已解决,,,,,', 'A-1,东风社区楼道漏水,水电气暖,东风社区,2025-03-01,2025-03-20,已解决,,,,,']);
    expect(await useCase.execute('cases', file, actor)).toMatchObject({ imported: 1, skipped: 1, failed: 0 });
    expect(await useCase.execute('cases', file, actor)).toMatchObject({ imported: 0, skipped: 2, failed: 0 });
  });

  it('keys a row without its own number by what identifies it', async () => {
    const { useCase, importMany } = setUp();
    await useCase.execute('cases', csv(['标题,类别,社区,提出日期,办结日期,结果', '无编号的案例,其他,东风社区,2025-03-01,2025-03-02,已解释']), actor);
    expect((importMany.mock.calls[0][1] as ImportedCase[])[0].importKey).toMatch(/^case:city:sha:[0-9a-f]{40}$/);
  });

  it('refuses a file without the required columns and writes nothing', async () => {
    const { useCase, importMany } = setUp();
    await expect(useCase.execute('cases', csv(['标题,社区', '一个案例,东风社区']), actor)).rejects.toMatchObject({ status: 400, fields: [{ field: 'file', message: expect.stringContaining('outcome') }] });
    await expect(useCase.execute('cases', undefined, actor)).rejects.toMatchObject({ status: 400 });
    expect(importMany).not.toHaveBeenCalled();
  });

  it('imports suggestions as submitted with their adoption, a not-adopted one only with its reason', async () => {
    const { useCase, importMany } = setUp();
    const report = await useCase.execute(
      'suggestions',
      csv([
        '编号,标题,内容,提案委员,涉及社区,报送对象类型,报送对象,报送日期,采纳情况,未采纳原因,采纳单位,答复日期,落实情况',
        'S-1,关于供水的建议,建议改造管网,mem-01,东风社区；西湖社区,职能部门,水务集团,2025-05-01,已采纳,,水务集团,2025-05-20,已纳入计划',
        'S-2,关于停车的建议,建议施划泊位,mem-02,,政府,市人民政府,2025-05-01,未采纳,,,2025-05-20,',
        'S-3,关于物业的建议,建议规范,mem-03,,职能部门,不存在局,2025-05-01,待答复,,,,',
      ]),
      actor,
    );
    expect(report).toMatchObject({ imported: 1, failed: 2 });
    expect(report.errors).toEqual([
      { row: 3, field: 'adoptionReason', message: 'give the reason it was not adopted' },
      { row: 4, field: 'submittedTo', message: 'no department 不存在局 in your council' },
    ]);
    expect((importMany.mock.calls[0][1] as ImportedSuggestion[])[0]).toMatchObject({ submittedTo: 'dept-water', submittedToKind: 'department', adoption: 'adopted', communityIds: ['com-01', 'com-02'], proposerIds: ['mem-01'] });
  });
});
