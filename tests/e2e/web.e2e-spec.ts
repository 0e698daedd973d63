import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient, eventually } from '@shangliang/testing';
import { launchChromium, phoneContext, startWebApp, TINY_PNG, type WebApp } from './support/browser';
import { claimTeam, concludeSolved, demoCity, peopleOf, raiseProblem, resident, screenSuitable, waitForStage } from './support/problem-flows';

/** Distinct words per test, so duplicate hints and look-ups find only this run's problems. */
const unique = (text: string) => `${text} ${randomUUID().slice(0, 8)}`;

describe("the residents' web page, in headless Chromium on a phone-sized screen", () => {
  let web: WebApp;
  let browser: Browser;
  let admin: ApiClient;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    web = await startWebApp();
    browser = await launchChromium(web.url);
    admin = await ApiClient.login('admin');
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  async function openPhone(path = '/', locale: 'zh-CN' | 'en-GB' = 'zh-CN'): Promise<Page> {
    const context = await phoneContext(browser, locale);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${web.url}${path}`);
    return page;
  }

  /** Nothing wider than the 375 px screen: no sideways scrolling on a phone. */
  async function expectFitsThePhone(page: Page) {
    // A string: the test's tsconfig has no DOM types.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  }

  async function problemsTitled(communityId: string, title: string) {
    const res = await admin.get('intake', `/problems?communityId=${communityId}&limit=200`);
    return (res.body.items as { id: string; title: string; contact: { phone: string; consentToCallback: boolean } | null }[]).filter((p) => p.title === title);
  }

  it('raises a problem in Chinese with a photo and a call-back, once however often Submit is tapped, and follows it by its code', async () => {
    const page = await openPhone('/');
    await page.getByRole('heading', { name: '反映社区问题' }).waitFor();
    const title = unique('健身器材损坏');

    await page.getByRole('radio', { name: '公共设施' }).check();
    await page.getByLabel('所在社区').selectOption('com-05');
    await page.getByLabel('具体位置').fill('中心广场东侧');
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByLabel('问题描述', { exact: true }).fill('广场上的健身器材有一根横杆断了，孩子们玩的时候很危险。');
    await page.getByLabel('照片').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: TINY_PNG });
    await page.getByLabel('我同意工作人员就这个问题打电话联系我、回访处理结果').check();
    await page.getByLabel('手机号码').fill('139 1234 5678');
    await page.getByLabel('称呼').fill('王女士');
    await expectFitsThePhone(page);

    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/problems') keys.push(r.headers()['idempotency-key']);
    });
    await page.getByRole('button', { name: '提交问题' }).dblclick();

    await page.getByRole('heading', { name: '问题已提交' }).waitFor();
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{8}$/);
    await page.getByText('照片已上传。').waitFor();
    expect(new Set(keys).size).toBe(1);
    const created = await problemsTitled('com-05', title);
    expect(created).toHaveLength(1);
    expect(created[0].contact).toMatchObject({ phone: '139****5678', consentToCallback: true });

    await waitForStage(admin, created[0].id, 'screening');
    await page.getByRole('link', { name: '查看处理进度' }).click();
    await page.waitForURL(`${web.url}/track/${code}`);
    await page.getByTestId('stage').getByText('甄别中').waitFor();
    await page.getByText('本阶段预计完成').waitFor();
    await page.getByText('收到您反映的问题').waitFor();
    await page.getByRole('img', { name: '居民上传的第 1 张照片' }).waitFor();
    expect(await page.getByRole('img', { name: '居民上传的第 1 张照片' }).evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth)).toBe(1);
    await expectFitsThePhone(page);
  });

  it('raises and follows a problem in English after switching language, and remembers the switch', async () => {
    const page = await openPhone('/', 'en-GB');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Raise a community problem' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    const title = unique('Pavement blocked by parked cars');

    await page.getByRole('radio', { name: 'Roads and traffic' }).check();
    await page.getByLabel('Community').selectOption('com-06');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Description', { exact: true }).fill('Cars park on the pavement by the school gate every morning; children walk in the road.');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();

    await page.getByRole('heading', { name: 'Your problem has been received' }).waitFor();
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    const [created] = await problemsTitled('com-06', title);
    expect(created.contact).toBeNull();

    await page.reload();
    await page.getByRole('link', { name: 'Follow a problem' }).click();
    await page.getByLabel('Tracking code').fill(` ${code.toLowerCase()} `);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.waitForURL(`${web.url}/track/${code}`);
    await page.getByRole('heading', { name: title }).waitFor();
    expect(['Received', 'Being screened']).toContain((await page.getByTestId('stage').textContent())!.trim());
    await page.getByText('Your problem was received').waitFor();
    await page.getByText('Roads and traffic').waitFor();
    await expectFitsThePhone(page);
  });

  it('offers a likely duplicate while the resident types, and joining it gives its tracking code instead of a new problem', async () => {
    const title = unique('垃圾桶满溢');
    const description = `${title}：小区北门的垃圾桶每天傍晚都满溢出来，气味很大，招来很多苍蝇。`;
    const first = await raiseProblem({ communityId: 'com-07', category: 'environment', title, description });

    const page = await openPhone('/');
    await page.getByRole('radio', { name: '环境卫生' }).check();
    await page.getByLabel('所在社区').selectOption('com-07');
    await page.getByLabel('标题', { exact: true }).fill('北门垃圾桶');
    await page.getByLabel('问题描述', { exact: true }).fill(description);

    const offered = page.getByTestId('duplicates').locator('li', { hasText: title });
    await offered.waitFor();
    await expectFitsThePhone(page);
    await offered.getByRole('button', { name: '是同一件事，加入跟进' }).click();

    await page.getByRole('heading', { name: '您已加入这个问题的跟进' }).waitFor();
    // The joiner gets a code of their own, which follows the same problem.
    const joinerCode = (await page.getByTestId('tracking-code').textContent())!.trim();
    expect(joinerCode).not.toBe(first.trackingCode);
    expect((await resident.get('intake', `/public/problems/${joinerCode}`)).body.reference).toBe(first.reference);
    expect(await problemsTitled('com-07', '北门垃圾桶')).toHaveLength(0);
    const history = await eventually(
      () => admin.get('intake', `/problems/${first.id}/history`),
      (r) => r.status === 200 && r.body.some((h: { kind: string }) => h.kind === 'reporter_joined'),
      { what: 'the join in the history' },
    );
    expect(history.status).toBe(200);
  });

  it('shows the reason and the referral of a problem closed as unsuitable', async () => {
    const problem = await raiseProblem({ communityId: 'com-08', title: unique('邻居装修噪音'), category: 'neighbourhood_dispute' });
    const convener = await ApiClient.login(peopleOf('com-08').convener);
    await waitForStage(convener, problem.id, 'screening');
    await eventually(() => convener.get('assignment', `/screening-items/${problem.id}`), (r) => r.status === 200, { what: 'screening item' });
    const decision = await convener.post('assignment', `/screening-items/${problem.id}/decision`, {
      suitable: false,
      reasonCode: 'belongs_to_hotline',
      referredTo: '12345 市民服务热线',
    });
    expect(decision.status).toBe(201);
    await waitForStage(convener, problem.id, 'closed_unsuitable');

    const page = await openPhone(`/track/${problem.trackingCode}?lang=en`, 'en-GB');
    await page.getByTestId('stage').getByText('Not suitable for consultation (reason given)').waitFor();
    expect((await page.getByTestId('closed-reason').textContent())!.trim()).toBe('Handled by the 12345 hotline');
    expect((await page.getByTestId('referred-to').textContent())!.trim()).toBe('12345 市民服务热线');
    expect(await page.getByText('Are you satisfied with the outcome?').count()).toBe(0);
  });

  it('asks whether the resident is satisfied once the problem is being followed up', async () => {
    const people = peopleOf('com-01');
    const problem = await raiseProblem({ title: unique('楼道灯不亮') });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id, 2);
    await waitForStage(admin, problem.id, 'consultation');
    await concludeSolved(lead, problem.id);
    await waitForStage(admin, problem.id, 'follow_up');

    const page = await openPhone(`/track/${problem.trackingCode}`);
    await page.getByTestId('stage').getByText('跟进回访中').waitFor();
    await page.getByText('对处理结果满意吗？').waitFor();
    await page.getByRole('button', { name: '基本满意' }).click();
    await page.getByText('谢谢！您的评价已记录。').waitFor();
    await page.getByText('协商已完成').waitFor();
    // The answer settles the follow-up: the case is archived with it.
    await waitForStage(admin, problem.id, 'archived');
  });

  it('shows what staff wait for and lets the resident answer, which starts the clock again', async () => {
    const people = peopleOf('com-09');
    const convener = await ApiClient.login(people.convener);
    const problem = await raiseProblem({ communityId: 'com-09', title: unique('楼顶漏水') });
    await waitForStage(convener, problem.id, 'screening');
    expect((await convener.post('intake', `/problems/${problem.id}/awaiting-resident`, { reason: '请告诉我们是几楼、漏了多久' })).status).toBe(202);

    const page = await openPhone(`/track/${problem.trackingCode}`);
    const form = page.getByTestId('resident-reply');
    await form.getByText('请告诉我们是几楼、漏了多久').waitFor();
    await form.getByLabel('您的答复').fill('顶楼18层，下雨就漏，已经两个月了。');
    await form.getByRole('button', { name: '提交答复' }).click();
    await form.waitFor({ state: 'detached' });
    const history = (await convener.get('intake', `/problems/${problem.id}/history`)).body.map((h: { kind: string }) => h.kind);
    expect(history).toEqual(expect.arrayContaining(['clock_paused', 'clock_resumed']));
  });

  it('finds the two studios of a community, with who is on duty and no phone numbers', async () => {
    const community = demoCity.communities.find((c) => c.id === 'com-01')!;
    const locality = demoCity.localities.find((l) => l.id === community.localityId)!;

    const page = await openPhone('/studios');
    await page.getByLabel('搜索乡镇、街道或社区').fill(community.name);
    const card = page.locator('section', { has: page.getByRole('heading', { name: locality.name }) });
    await card.getByRole('heading', { name: `${community.name} · 委员工作室` }).waitFor();
    await card.getByText(community.memberStudio.address).waitFor();
    await card.getByText(community.memberStudio.dutyRoster.join('、')).waitFor();
    await card.getByText(locality.convener.name, { exact: true }).waitFor();
    await card.getByText(locality.convenerStudio.address).waitFor();
    expect(await page.content()).not.toContain(locality.convener.phone);
    await expectFitsThePhone(page);
  });
});
