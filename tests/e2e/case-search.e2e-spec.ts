import { randomUUID } from 'node:crypto';
import { ApiClient } from '@shangliang/testing';
import { CASE_HEADERS } from '../../infra/seed/demo-history';
import { csvFile, uploadHistory } from './support/history-client';
import { demoCity } from './support/problem-flows';

/**
 * The case bank searched the way Chinese text needs: a 2-character query (漏水) finds every case
 * that contains it, the ones with it in the title first; longer queries rank by trigram
 * similarity; filters narrow by category, community, locality, outcome, period, typical, imported.
 */
describe('searching the case bank in Chinese', () => {
  let admin: ApiClient;
  const [east, west] = demoCity.communities;
  const period = 'from=2018-01-01&to=2019-01-01';
  let titles: Record<string, string>;

  beforeAll(async () => {
    admin = await ApiClient.login('admin');
    const tag = randomUUID().slice(0, 6);
    titles = { leakTitle: `${east.name}楼道漏水`, leakShort: '漏水', pipes: `${west.name}供水管网老化`, parking: `${west.name}停车难`, leakLong: `${east.name}地下车库雨后漏水严重影响出行` };
    const row = (ref: string, 标题: string, extra: Record<string, string> = {}) => ({
      编号: `SEARCH-${tag}-${ref}`,
      标题,
      类别: '水电气暖',
      社区: east.name,
      提出日期: '2018-05-01',
      办结日期: '2018-05-20',
      结果: '已解决',
      ...extra,
    });
    const file = csvFile([...CASE_HEADERS], [
      row('1', titles.leakTitle, { 案例: '居民反映楼道漏水，委员协调更换水管。' }),
      row('2', titles.pipes, { 社区: west.name, 案例: '老旧管网经常漏水，已纳入改造计划。', 结果: '已解释' }),
      row('3', titles.parking, { 社区: west.name, 类别: '道路交通', 案例: '施划泊位缓解停车难。' }),
      row('4', titles.leakLong, { 处理结果: '已修补防水层' }),
    ]);
    expect((await uploadHistory('cases', file, 'search.csv')).body).toMatchObject({ imported: 4, failed: 0 });
  });

  const search = async (query: string) => (await admin.get('supervision', `/cases?${period}&imported=true&${query}`)).body as { total: number; items: { id: string; title: string; typical: boolean }[] };

  it('finds a 2-character query anywhere, ranking the cases with it in the title first', async () => {
    const found = await search(`q=${encodeURIComponent('漏水')}`);
    const order = found.items.map((c) => c.title);
    expect(new Set(order)).toEqual(new Set([titles.leakTitle, titles.pipes, titles.leakLong]));
    // The shorter title (more of it is the query) ranks before the long one; write-up only comes last.
    expect(order).toEqual([titles.leakTitle, titles.leakLong, titles.pipes]);
  });

  it('ranks longer queries by similarity and needs every term', async () => {
    expect((await search(`q=${encodeURIComponent('楼道漏水')}`)).items.map((c) => c.title)).toEqual([titles.leakTitle]);
    expect((await search(`q=${encodeURIComponent('漏水 防水层')}`)).items.map((c) => c.title)).toEqual([titles.leakLong]);
    expect((await search(`q=${encodeURIComponent('停车难')}`)).items.map((c) => c.title)).toEqual([titles.parking]);
    expect((await search(`q=${encodeURIComponent('无关的词')}`)).total).toBe(0);
  });

  it('filters by category, community, locality, outcome and period', async () => {
    expect((await search('category=traffic')).items.map((c) => c.title)).toEqual([titles.parking]);
    expect((await search(`communityId=${west.id}&q=${encodeURIComponent('漏水')}`)).items.map((c) => c.title)).toEqual([titles.pipes]);
    expect((await search(`localityId=${east.localityId}&q=${encodeURIComponent('漏水')}`)).items.map((c) => c.title)).toEqual(expect.arrayContaining([titles.leakTitle, titles.leakLong]));
    expect((await search(`outcome=explained&q=${encodeURIComponent('漏水')}`)).items.map((c) => c.title)).toEqual([titles.pipes]);
    expect((await admin.get('supervision', `/cases?from=2018-06-01&to=2019-01-01&imported=true&q=${encodeURIComponent('漏水')}`)).body.total).toBe(0);
    expect((await admin.get('supervision', `/cases?imported=false&${period}`)).body.total).toBe(0);
  });

  it('lets a supervisor tag a typical case, which the typical filter then finds', async () => {
    const [leak] = (await search(`q=${encodeURIComponent('楼道漏水')}`)).items;
    const supervisor = await ApiClient.login('supervisor');
    const tagged = await supervisor.patch('supervision', `/cases/${leak.id}`, { typical: true, outcomeNote: '更换立管，彻底解决渗漏' });
    expect(tagged.status).toBe(200);
    expect((await search('typical=true')).items.map((c) => c.title)).toEqual([titles.leakTitle]);
    // The outcome note is searched too.
    expect((await search(`q=${encodeURIComponent('更换立管')}`)).items.map((c) => c.id)).toEqual([leak.id]);
  });

  it('names the field of a bad filter', async () => {
    const res = await admin.get('supervision', '/cases?from=2018-13-01');
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('from');
  });

  it("keeps another council's staff out of this council's cases", async () => {
    const county = await ApiClient.login('county-admin');
    expect((await county.get('supervision', `/cases?${period}&imported=true&q=${encodeURIComponent('漏水')}`)).body.total).toBe(0);
  });
});
