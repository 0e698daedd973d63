import { randomUUID } from 'node:crypto';
import { ApiClient } from '@shangliang/testing';
import { CASE_HEADERS, generateDemoHistory, SUGGESTION_HEADERS } from '../../infra/seed/demo-history';
import { historyWorkbook } from '../../infra/seed/demo-history-files';
import { csvFile, uploadHistory } from './support/history-client';
import { demoCity } from './support/problem-flows';

/**
 * History from before the system (往年台账): a council's spreadsheets of earlier cases and
 * suggestions enter the banks, marked imported; a row is never imported twice, and bad rows are
 * reported by row and field while the good ones go in.
 */
describe('importing history from before the system', () => {
  let admin: ApiClient;
  beforeAll(async () => {
    admin = await ApiClient.login('admin');
  });

  it('imports a demo-like year of history, and importing it again adds nothing', async () => {
    // A year of its own (2016) so the rows are this test's alone.
    const history = generateDemoHistory(demoCity, { from: '2016-01-01', to: '2017-01-01', cases: 300, suggestions: 120, refPrefix: `E2E${randomUUID().slice(0, 6)}` });
    const cases = await historyWorkbook(CASE_HEADERS, history.cases, '案例台账');
    const suggestions = await historyWorkbook(SUGGESTION_HEADERS, history.suggestions, '建议台账');
    const count = async () => (await admin.get('supervision', '/cases?imported=true&from=2016-01-01&to=2017-01-01&limit=1')).body.total as number;
    const before = await count();

    const first = await uploadHistory('cases', cases, 'cases.xlsx');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ totalRows: 300, imported: 300, skipped: 0, failed: 0, errors: [] });
    const again = await uploadHistory('cases', cases, 'cases.xlsx');
    expect(again.body).toMatchObject({ totalRows: 300, imported: 0, skipped: 300, failed: 0 });
    expect(await count()).toBe(before + 300);

    const s1 = await uploadHistory('suggestions', suggestions, 'suggestions.xlsx');
    expect(s1.body).toMatchObject({ totalRows: 120, imported: 120, failed: 0 });
    expect((await uploadHistory('suggestions', suggestions, 'suggestions.xlsx')).body).toMatchObject({ imported: 0, skipped: 120 });
    const bank = await admin.get('supervision', '/suggestions?from=2016-01-01&to=2017-01-01&imported=true&limit=1');
    expect(bank.body).toMatchObject({ total: 120, totalIsLowerBound: false });
    expect(bank.body.adoption.submitted).toBe(120);
    // The rate over the decided rows, counted from the file itself (the generator's mix is random
    // per run: about 78% of the decided ones adopted in whole or part).
    const decided = history.suggestions.filter((row) => row.采纳情况 !== '待答复');
    const adopted = decided.filter((row) => row.采纳情况 === '已采纳' || row.采纳情况 === '部分采纳');
    expect(decided.length).toBeGreaterThan(0);
    expect(bank.body.adoption.rate).toBeCloseTo(adopted.length / decided.length, 4);
    expect(bank.body.adoption.rate).toBeGreaterThan(0.5);
    expect(bank.body.items[0]).toMatchObject({ imported: true, status: 'submitted' });

    const oneCase = (await admin.get('supervision', '/cases?imported=true&from=2016-01-01&to=2017-01-01&limit=1')).body.items[0];
    expect(oneCase).toMatchObject({ imported: true, problemId: null });
  });

  it('imports the good rows of a file with bad ones and reports each bad row by row and field', async () => {
    const tag = randomUUID().slice(0, 8);
    const community = demoCity.communities[3];
    const good = (n: number) => ({ 编号: `BAD-${tag}-${n}`, 标题: `${community.name}路灯不亮${tag}`, 类别: '公共设施', 社区: community.name, 提出日期: '2016-03-01', 办结日期: '2016-03-15', 结果: '已解决' });
    const file = csvFile([...CASE_HEADERS], [
      good(1),
      { ...good(2), 标题: '' },
      { ...good(3), 社区: '不存在社区' },
      { ...good(4), 办结日期: '2016-02-30' },
      { ...good(5), 结果: '搁置' },
      good(6),
    ]);
    const res = await uploadHistory('cases', file, 'bad-rows.csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalRows: 6, imported: 2, failed: 4 });
    expect(res.body.errors.map((e) => `${e.row}:${e.field}`)).toEqual(['3:title', '4:community', '5:settledOn', '6:outcome']);
    const found = await admin.get('supervision', `/cases?q=${encodeURIComponent(tag)}&imported=true`);
    expect(found.body.total).toBe(2);
  });

  it('refuses a file without the required columns, naming the file, and writes nothing', async () => {
    const res = await uploadHistory('suggestions', '标题,内容\n一条建议,内容\n', 'missing.csv');
    expect(res.status).toBe(400);
    expect(res.body.fields?.[0].field).toBe('file');
  });
});
