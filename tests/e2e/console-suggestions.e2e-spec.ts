import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { ApiClient } from '@shangliang/testing';
import { CASE_HEADERS } from '../../infra/seed/demo-history';
import { launchChromium, startWebApp, type WebApp } from './support/browser';
import { openSection, signInToConsole } from './support/console-pages';
import { csvFile, uploadHistory } from './support/history-client';
import { demoCity, peopleOf } from './support/problem-flows';

/** The suggestion bank pages (委员建言库) as members and the committee use them, in headless Chromium. */
describe('the suggestion bank pages, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;
  const people = peopleOf('com-15');
  const community = demoCity.communities.find((c) => c.id === 'com-15')!;
  const tag = randomUUID().slice(0, 6);
  const caseTitle = `${community.name}路灯损坏${tag}`;

  beforeAll(async () => {
    const file = csvFile([...CASE_HEADERS], [{ 编号: `UI-${tag}`, 标题: caseTitle, 类别: '公共设施', 社区: community.name, 提出日期: '2016-04-01', 办结日期: '2016-04-10', 结果: '已解决' }]);
    expect((await uploadHistory('cases', file, 'ui-case.csv')).body.imported).toBe(1);
    web = await startWebApp();
    browser = await launchChromium(web.url);
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  it('lets a member draft a suggestion from a case, and the committee approve, submit and record its adoption; the list shows the adoption rate', async () => {
    const title = `关于路灯维护长效机制的建议${tag}`;
    const member = await signInToConsole(browser, web.url, people.members[0]);
    await openSection(member, '建议库');
    await member.getByRole('heading', { level: 1, name: '建议库' }).waitFor();
    await member.getByTestId('adoption-rate').waitFor();
    await member.getByRole('link', { name: '起草建议' }).click();

    await member.getByLabel('标题', { exact: true }).fill(title);
    await member.getByLabel('建议内容').fill('建议建立路灯巡查和维修的长效机制。');
    await member.getByLabel('搜索案例').fill(tag);
    await member.getByRole('button', { name: '搜索案例' }).click();
    await member.getByTestId('case-choices').getByLabel(new RegExp(caseTitle)).check();
    await member.getByRole('button', { name: '保存草稿' }).click();

    // The detail page of the new draft.
    await member.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await member.getByTestId('suggestion-status').textContent()).toBe('草稿');
    await member.getByTestId('request-review').click();
    await member.getByTestId('suggestion-status').filter({ hasText: '待审核' }).waitFor();
    const url = member.url();

    const committee = await signInToConsole(browser, web.url, 'committee-cmt-01');
    await committee.goto(url);
    await committee.getByTestId('approve').click();
    await committee.getByTestId('suggestion-status').filter({ hasText: '已审核' }).waitFor();
    await committee.getByLabel('报送对象类型', { exact: true }).selectOption('government');
    await committee.getByLabel('报送对象', { exact: true }).fill('市人民政府');
    await committee.getByTestId('submit-suggestion').click();
    await committee.getByTestId('suggestion-status').filter({ hasText: '已报送' }).waitFor();
    await committee.getByLabel('采纳情况', { exact: true }).selectOption('adopted');
    await committee.getByLabel('采纳单位').fill('市人民政府');
    await committee.getByTestId('record-adoption').click();
    await committee.getByTestId('suggestion-adoption').filter({ hasText: '已采纳' }).waitFor();
    const history = await committee.getByTestId('suggestion-history').textContent();
    for (const step of ['起草', '提交审核', '审核通过', '报送', '登记采纳情况']) expect(history).toContain(step);

    // The list finds it by text, with the council's adoption rate as the service computes it.
    await openSection(committee, '建议库');
    await committee.getByLabel('搜索标题或内容').fill(tag);
    await committee.getByRole('button', { name: '筛选' }).click();
    await committee.getByTestId('suggestion-row').filter({ hasText: title }).waitFor();
    const admin = await ApiClient.login('admin');
    const figures = (await admin.get('supervision', `/suggestions?q=${tag}`)).body.adoption;
    const shown = await committee.getByTestId('adoption-rate-value').textContent();
    expect(shown).toBe(`${(figures.rate * 100).toFixed(1)}%`);
  });
});
