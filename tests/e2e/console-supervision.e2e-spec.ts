import type { Browser, Page } from 'playwright-core';
import { ApiClient, eventually } from '@shangliang/testing';
import { launchChromium, phoneContext, startWebApp, type WebApp } from './support/browser';
import { openSection, queueItem, reloadUntilVisible, signInToConsole } from './support/console-pages';
import { claimTeam, concludeSolved, peopleOf, raiseProblem, referToDepartment, screenSuitable, waitForStage } from './support/problem-flows';

/** Accountability loops as people use them, in headless Chromium. */
describe('supervision and reopening, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: ApiClient;

  beforeAll(async () => {
    web = await startWebApp();
    browser = await launchChromium(web.url);
    admin = await ApiClient.login('admin');
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  async function openPhone(path: string): Promise<Page> {
    const page = await (await phoneContext(browser)).newPage();
    await page.goto(`${web.url}${path}`);
    return page;
  }

  it("shows the resident their problem reopened after they said they were dissatisfied, and why", async () => {
    const people = peopleOf('com-09');
    const problem = await raiseProblem({ communityId: people.communityId, title: `下水道反味 ${Date.now().toString(36)}` });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id);
    await concludeSolved(lead, problem.id);
    await waitForStage(admin, problem.id, 'follow_up');

    const page = await openPhone(`/track/${problem.trackingCode}`);
    await page.getByText('对处理结果满意吗？').waitFor();
    await page.getByRole('button', { name: '不满意' }).click();
    await page.getByLabel('哪里不满意？（委员重新协商时会看到）').fill('疏通后第二天又有味道');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('谢谢！您的评价已记录。').waitFor();

    await waitForStage(admin, problem.id, 'consultation');
    await page.reload();
    await page.getByTestId('reopened-notice').waitFor();
    expect(await page.getByTestId('reopened-notice').textContent()).toContain('第 1 次');
    await page.getByText('您对处理结果不满意，已重新协商').waitFor();
    await page.getByTestId('stage').getByText('协商中').waitFor();
  });

  it('lets a supervisor record a finding and close a democratic-supervision case from the console', async () => {
    const people = peopleOf('com-10');
    const title = `路面塌陷 ${Date.now().toString(36)}`;
    const problem = await raiseProblem({ communityId: people.communityId, title });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id);
    await referToDepartment(lead, problem.id, 'dept-transport', 1_500);
    const supervisor = await ApiClient.login('supervisor');
    await eventually(
      () => supervisor.get('supervision', '/supervision-cases?status=open&limit=200'),
      (r) => r.body.items.some((c: { problemId: string }) => c.problemId === problem.id),
      { timeoutMs: 60_000, what: 'the democratic supervision case' },
    );

    const page = await signInToConsole(browser, web.url, 'supervisor');
    await openSection(page, '民主监督');
    const item = queueItem(page, problem.reference);
    await reloadUntilVisible(page, item, 'the supervision case');
    // The case carries only the reference; the page shows the problem's title beside it.
    await item.getByRole('heading', { name: title }).waitFor();
    const actions = item.getByTestId('supervision-actions');
    await actions.getByLabel('监督措施').selectOption('finding');
    await actions.getByLabel('结论').selectOption('department_at_fault');
    await actions.getByLabel('理由').fill('交通局逾期未答复，也未说明原因。');
    await actions.getByRole('button', { name: '提交' }).click();
    await eventually(() => supervisor.get('intake', `/problems/${problem.id}/history`), (r) => r.body.some((h: { kind: string }) => h.kind === 'supervision_finding'), { what: 'the finding in the history' });

    await page.reload();
    const again = queueItem(page, problem.reference);
    await again.getByTestId('supervision-timeline').getByText('作出监督结论').waitFor();
    const form = again.getByTestId('supervision-actions');
    await form.getByLabel('监督措施').selectOption('close');
    await form.getByLabel('结案意见').fill('约谈交通局，三日内完成修复。');
    await form.getByRole('button', { name: '提交' }).click();
    await waitForStage(admin, problem.id, 'follow_up');
  });
});
