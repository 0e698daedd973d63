import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { ApiClient, eventually } from '@shangliang/testing';
import { launchChromium, startWebApp, TINY_PNG, type WebApp } from './support/browser';
import { chooseDepartment, consoleNav, openSection, queueItem, reloadUntilVisible, scrollWidth, signInToConsole } from './support/console-pages';
import { demoCity, peopleOf, raiseProblem, screenSuitable, waitForStage } from './support/problem-flows';

const unique = (text: string) => `${text} ${randomUUID().slice(0, 8)}`;

describe('the staff console, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: ApiClient;
  const pages: Page[] = [];

  beforeAll(async () => {
    web = await startWebApp();
    browser = await launchChromium(web.url);
    admin = await ApiClient.login('admin');
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  async function signIn(username: string, screen: 'laptop' | 'phone' = 'laptop'): Promise<Page> {
    const page = await signInToConsole(browser, web.url, username, screen);
    pages.push(page);
    return page;
  }

  it('takes a problem from screening to the case bank: screened, claimed, referred, signed for, extended, completed, followed up, archived', async () => {
    const people = peopleOf('com-02');
    const title = unique('小区健身器材损坏');
    // A number of its own: intake rate-limits per phone number.
    const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const problem = await raiseProblem({ communityId: 'com-02', title, category: 'public_facilities', contact: { name: '李建国', phone, consentToCallback: true } });
    await waitForStage(admin, problem.id, 'screening');

    // 定单: the convener looks at the problem, calls the resident's number up, and screens it as suitable.
    const convener = await signIn(people.convener);
    await convener.getByTestId('who').getByText('召集人').waitFor();
    await openSection(convener, '甄别定单');
    const screening = queueItem(convener, problem.reference);
    await reloadUntilVisible(convener, screening, 'the screening item');
    await screening.getByRole('link', { name: title }).click();
    await convener.getByRole('heading', { level: 1, name: title }).waitFor();
    expect((await convener.getByTestId('masked-contact').textContent())!).toContain(`李** · ${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(await convener.getByTestId('workflow-link').getAttribute('href')).toBe(problem.workflow.url);
    await convener.getByTestId('history').getByText('收到问题').waitFor();
    await convener.getByRole('button', { name: '显示完整联系方式' }).click();
    await convener.getByTestId('contacts').getByText(phone).waitFor();

    await openSection(convener, '甄别定单');
    await queueItem(convener, problem.reference).getByRole('button', { name: '甄别' }).click();
    await queueItem(convener, problem.reference).getByLabel('适合协商', { exact: true }).check();
    await queueItem(convener, problem.reference).getByLabel('协商范围').selectOption('household');
    await queueItem(convener, problem.reference).getByLabel('现场会商记录').fill('与三位居民代表在现场查看了器材。');
    await queueItem(convener, problem.reference).getByRole('button', { name: '提交甄别结论' }).click();
    await convener.getByText(`甄别结论已提交。 ${problem.reference}`).waitFor();
    await waitForStage(admin, problem.id, 'assignment');

    // 接单: the first member claims as lead on a phone, with the ranking's reasons in view; the second completes the team.
    const [firstLogin, secondLogin] = people.members;
    const lead = await signIn(firstLogin, 'phone');
    await openSection(lead, '接单派单');
    const claimable = queueItem(lead, problem.reference);
    await reloadUntilVisible(lead, claimable, 'the claim item');
    await claimable.getByRole('button', { name: '查看推荐委员' }).click();
    await claimable.getByTestId('candidates').getByText(/专长“.+”对口“公共设施”/).first().waitFor();
    await claimable.getByLabel('作为牵头委员').check();
    await claimable.getByRole('button', { name: '接单', exact: true }).click();
    await lead.getByText(`您已接此单。 ${problem.reference}`).waitFor();
    await queueItem(lead, problem.reference).getByText('您已接单').waitFor();
    expect(await scrollWidth(lead)).toBeLessThanOrEqual(375);

    const second = await signIn(secondLogin);
    await openSection(second, '接单派单');
    await queueItem(second, problem.reference).getByRole('button', { name: '接单', exact: true }).click();
    await second.getByText(`您已接此单。 ${problem.reference}`).waitFor();
    await waitForStage(admin, problem.id, 'consultation');

    // 解单: the lead records the consultation and refers the problem to the housing department.
    await openSection(lead, '协商解单');
    const item = queueItem(lead, problem.reference);
    await reloadUntilVisible(lead, item, 'the consultation item');
    await item.getByRole('link').first().click();
    await lead.getByRole('heading', { name: '记录协商' }).waitFor();
    await lead.getByLabel('协商形式').selectOption('micro');
    await lead.getByLabel('地点').fill('委员工作室');
    await lead.getByLabel('居民代表（人）').fill('3');
    await lead.getByLabel('协商纪要').fill('与住户代表现场查看，器材需住建部门更换。');
    await lead.getByLabel('转职能部门办理').check();
    await chooseDepartment(lead, 'dept-housing');
    await lead.getByLabel('交办事项').fill('请更换小区广场损坏的健身器材。');
    expect(await scrollWidth(lead)).toBeLessThanOrEqual(375);
    await lead.getByRole('button', { name: '保存协商记录' }).click();
    await lead.getByTestId('consultation-record').getByTestId('outcome').getByText('转职能部门办理').waitFor();
    await waitForStage(admin, problem.id, 'referral');

    // The department signs for its referral (签收), asks for more time, and completes it (办结) with a photo.
    const department = await signIn('dept-housing');
    expect(await consoleNav(department).getByRole('link').allTextContents()).toEqual(['概览', '部门交办', '案例库']);
    await openSection(department, '部门交办');
    const referral = queueItem(department, problem.reference);
    await reloadUntilVisible(department, referral, 'the referral');
    await referral.getByText('请更换小区广场损坏的健身器材。').waitFor();
    await referral.getByTestId('deadline-clock').getByText(/剩余/).waitFor();
    await referral.getByLabel('经办人姓名').fill('李工');
    await referral.getByRole('button', { name: '签收', exact: true }).click();
    await department.getByText(`已签收。 ${problem.reference}`).waitFor();
    await department.getByRole('button', { name: '办理中', exact: true }).click();
    await referral.getByTestId('referral-status').getByText('办理中').waitFor();
    await referral.getByRole('button', { name: '申请延期', exact: true }).click();
    // A month past the referral's own deadline (a week from now), in the page's time zone.
    const extendedTo = new Date(Date.now() + 37 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    await referral.getByLabel('申请延至').fill(`${extendedTo}T17:00`);
    await referral.getByLabel('延期理由').fill('器材需厂家定制，到货约需一个月。');
    await referral.getByRole('button', { name: '提交延期申请' }).click();
    await department.getByText(`延期申请已提交，待牵头委员决定。 ${problem.reference}`).waitFor();

    // The team lead approves the extension from their own list of what awaits them.
    await openSection(lead, '部门交办');
    const decision = queueItem(lead, problem.reference);
    await reloadUntilVisible(lead, decision, 'the extension request');
    await decision.getByRole('button', { name: '同意延期', exact: true }).click();
    await lead.getByText(`延期申请已处理。 ${problem.reference}`).waitFor();
    await eventually(
      () => admin.get('intake', `/problems/${problem.id}/history`),
      (r) => r.body.some((h: { kind: string; detail: { approved?: boolean } }) => h.kind === 'referral_extension_decided' && h.detail.approved === true),
      { what: 'the approved extension in the history' },
    );

    await department.reload();
    await department.getByRole('button', { name: '办理中', exact: true }).click();
    await referral.getByRole('button', { name: '办结', exact: true }).click();
    await referral.getByLabel('办理结果').fill('已更换全部损坏器材，附现场照片。');
    await referral.locator('input[type="file"]').setInputFiles({ name: 'done.png', mimeType: 'image/png', buffer: TINY_PNG });
    await referral.getByRole('button', { name: '提交办结' }).click();
    await department.getByText(`已提交办结，待牵头委员确认。 ${problem.reference}`).waitFor();

    // The team lead looks at the photo and confirms: the problem goes on to follow-up.
    await lead.reload();
    await decision.getByRole('button', { name: '查看照片 1' }).click();
    await decision.getByRole('img', { name: '查看照片 1' }).waitFor();
    await decision.getByRole('button', { name: '确认办结' }).click();
    await lead.getByText(`已处理办结。 ${problem.reference}`).waitFor();
    await waitForStage(admin, problem.id, 'follow_up');

    // 回访: the supervisor calls the resident back and records their satisfaction.
    const supervisor = await signIn('supervisor');
    await openSection(supervisor, '回访');
    const followUp = queueItem(supervisor, problem.reference);
    await reloadUntilVisible(supervisor, followUp, 'the follow-up');
    await followUp.getByRole('button', { name: '显示联系电话' }).click();
    await followUp.getByTestId('contacts').getByText(phone).waitFor();
    await followUp.getByLabel('满意', { exact: true }).check();
    await followUp.getByLabel('回访记录').fill('住户表示器材已更换，很满意。');
    await followUp.getByRole('button', { name: '记录回访结果' }).click();
    await supervisor.getByText(`回访结果已记录，问题归档为案例。 ${problem.reference}`).waitFor();
    await waitForStage(admin, problem.id, 'archived');

    // 归单: the case is in the case bank, where the supervisor marks it typical.
    await openSection(supervisor, '案例库');
    await supervisor.getByLabel('关键词').fill(problem.reference);
    await supervisor.getByRole('button', { name: '筛选' }).click();
    const caseRow = supervisor.locator(`[data-testid="case-row"][data-reference="${problem.reference}"]`);
    await reloadUntilVisible(supervisor, caseRow, 'the case');
    await caseRow.getByText('转职能部门办理').waitFor();
    await caseRow.getByRole('link').click();
    await supervisor.getByTestId('reference').getByText(problem.reference).waitFor();
    await supervisor.getByLabel('列为典型案例（季度召集人现场会）').check();
    await supervisor.getByRole('button', { name: '保存', exact: true }).click();
    await supervisor.getByText('案例已保存。').waitFor();
    await supervisor.getByText('典型案例', { exact: true }).first().waitFor();
  });

  it('merges a duplicate into the problem it repeats from the problem page, and undoes it with a reason', async () => {
    const people = peopleOf('com-03');
    const original = await raiseProblem({ communityId: 'com-03', title: unique('路口积水严重'), category: 'public_facilities' });
    const duplicateTitle = unique('十字路口下雨积水');
    const duplicate = await raiseProblem({ communityId: 'com-03', title: duplicateTitle, category: 'public_facilities' });
    await waitForStage(admin, original.id, 'screening');
    await waitForStage(admin, duplicate.id, 'screening');

    const convener = await signIn(people.convener);
    await openSection(convener, '问题库');
    await convener.getByLabel('社区', { exact: true }).selectOption('com-03');
    await convener.getByLabel('阶段', { exact: true }).selectOption('screening');
    await convener.getByTestId('problem-row').getByRole('link', { name: duplicateTitle }).click();
    await convener.getByTestId('reference').getByText(duplicate.reference).waitFor();

    await convener.getByLabel('并入的问题').selectOption(original.id);
    await convener.getByLabel('理由').fill('同一路口的积水问题');
    await convener.getByRole('button', { name: '并入该问题' }).click();
    await convener.getByText('已提交并单，流程确认后生效。').waitFor();
    await waitForStage(admin, duplicate.id, 'merged');

    await convener.reload();
    await convener.getByTestId('history').getByText('进入阶段 · 已并入同一问题办理').first().waitFor();
    await convener.getByLabel('理由').fill('经核实是两个不同的路口');
    await convener.getByRole('button', { name: '撤销并单' }).click();
    await convener.getByText('已提交撤销并单，流程确认后重新甄别。').waitFor();
    await waitForStage(admin, duplicate.id, 'screening');
  });

  it("puts a late item in the group leader's queue, where the leader assigns the team and its lead", async () => {
    const people = peopleOf('com-03');
    // Public-safety items have a few seconds to be claimed in the test deadlines.
    const problem = await raiseProblem({ communityId: 'com-03', title: unique('小区消防通道被占'), category: 'public_safety' });
    await screenSuitable(people, problem.id);
    await waitForStage(admin, problem.id, 'assignment');
    // Wait (through the API) for the claim deadline to pass, so the page shows the late item.
    const leaderApi = await ApiClient.login(people.leader);
    await eventually(
      () => leaderApi.get('assignment', '/claim-items?queue=leader'),
      (r) => r.status === 200 && r.body.some((i: { problemId: string }) => i.problemId === problem.id),
      { timeoutMs: 60_000, what: "the item in the leader's queue" },
    );

    const leader = await signIn(people.leader);
    await leader.getByTestId('who').getByText('组长').waitFor();
    await openSection(leader, '接单派单');
    await leader.getByRole('button', { name: '组长待派' }).click();
    const late = queueItem(leader, problem.reference);
    await reloadUntilVisible(leader, late, "the item in the leader's queue", 60_000);
    await late.getByText(/已超时升级/).waitFor();
    await late.getByRole('button', { name: '指派团队' }).click();
    const [first, second] = people.members.map((login) => login.replace(/^member-/, ''));
    await late.getByLabel(new RegExp(`\\(${first} `)).check();
    await late.getByLabel(new RegExp(`\\(${second} `)).check();
    await late.getByLabel('牵头委员').selectOption(second);
    await late.locator('form').getByRole('button', { name: '指派团队' }).click();
    await leader.getByText(`团队已组建。 ${problem.reference}`).waitFor();
    await waitForStage(admin, problem.id, 'consultation');
    // The consultation service opens the item from its own queue, a moment after the stage is recorded.
    const consultation = await eventually(() => admin.get('consultation', `/consultation-items/${problem.id}`), (r) => r.status === 200, { what: 'the consultation item' });
    expect(consultation.body).toMatchObject({ leadMemberId: second, memberIds: expect.arrayContaining([first, second]) });
  });

  it('lets the admin propose balanced groups: 18 groups of 12–13, each member with distance, rank and reason', async () => {
    const page = await signIn('admin');
    await openSection(page, '组织管理');
    await page.getByTestId('org-group').first().waitFor();
    expect(await page.getByTestId('org-group').count()).toBe(18);

    await page.getByRole('link', { name: '均衡分组' }).click();
    await page.getByRole('button', { name: '生成分组方案' }).click();
    await page.getByTestId('proposal').waitFor();
    expect((await page.getByTestId('group-count').textContent())!.trim()).toBe('18');
    const sizes = (await page.getByTestId('group-size').getByTestId('size').allTextContents()).map(Number);
    expect(sizes).toHaveLength(18);
    for (const size of sizes) expect([12, 13]).toContain(size);
    expect(await page.getByTestId('total-distance').textContent()).toMatch(/\d+(\.\d+)? 公里/);
    const rows = page.getByTestId('assignments').locator('tbody tr');
    expect(await rows.count()).toBe(sizes.reduce((a, b) => a + b, 0));
    expect((await rows.first().textContent())!).toMatch(/公里.*(社区|近)/);
  });

  it("keeps the organisation admin out of a member's navigation and shows an error page at /console/admin", async () => {
    const page = await signIn(peopleOf('com-01').members[0]);
    await page.getByTestId('who').getByText('政协委员').waitFor();
    const links = await consoleNav(page).getByRole('link').allTextContents();
    expect(links).toEqual(['概览', '问题库', '接单派单', '协商解单', '部门交办', '案例库', '建议库']);
    expect(links).not.toContain('组织管理');

    await page.goto(`${web.url}/console/admin`);
    await page.getByRole('heading', { name: '无权访问' }).waitFor();
    await page.getByText('您的角色（政协委员）不能使用这个页面。').waitFor();

    // The residents' language switch works here too.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Not available to you' }).waitFor();
    expect(await consoleNav(page).getByRole('link').allTextContents()).toEqual(['Overview', 'Problems', 'Claiming', 'Consultations', 'Referrals', 'Case bank', 'Suggestion bank']);
  });

  it('lets a convener record an activity, after which their township is no longer behind', async () => {
    const townships = demoCity.localities.filter((l) => l.kind === 'township' && !demoCity.communities.some((c) => c.localityId === l.id));
    const township = townships[townships.length - 1];
    const page = await signIn(`convener-${township.id}`);
    await page.goto(`${web.url}/console`);
    const cadence = page.getByTestId('cadence');
    await cadence.getByTestId('behind-locality').filter({ hasText: township.name }).waitFor();
    await cadence.getByLabel('活动主题').fill('季度召集人活动：老旧小区改造意见征集');
    await cadence.getByRole('button', { name: '记录召集人活动' }).click();
    await cadence.getByText('活动已记录。').waitFor();
    await cadence.getByTestId('behind-localities').getByText('0 个乡镇街道未达频次').waitFor();
  });

  it('lets a convener stop a problem’s clock while waiting on the resident, and start it again', async () => {
    const people = peopleOf('com-04');
    const problem = await raiseProblem({ communityId: 'com-04', title: unique('单元门禁损坏') });
    await waitForStage(admin, problem.id, 'screening');
    const page = await signIn(people.convener);
    await page.goto(`${web.url}/console/problems/${problem.id}`);
    const panel = page.getByTestId('resident-wait');
    await panel.getByLabel('需要居民补充什么').fill('请说明是哪个单元');
    await panel.getByRole('button', { name: '暂停计时，等待居民' }).click();
    await panel.getByText('正在等待居民答复，时限已暂停。').waitFor();
    expect((await admin.get('intake', `/problems/${problem.id}`)).body.awaitingResident).toBe(true);
    await panel.getByRole('button', { name: '居民已答复，恢复计时' }).click();
    await panel.getByLabel('需要居民补充什么').waitFor();
    expect((await admin.get('intake', `/problems/${problem.id}`)).body.awaitingResident).toBe(false);
  });

  it('lets the admin create a staff account whose holder must choose a password before anything else', async () => {
    const username = `convener-${randomUUID().slice(0, 6)}`;
    const page = await signIn('admin');
    await page.goto(`${web.url}/console/admin/staff`);
    const form = page.getByRole('form', { name: '新建账号' });
    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('姓名').fill('新任召集人');
    await form.getByLabel('角色').selectOption('convener');
    await form.getByLabel('岗位编号').fill('loc-005');
    await form.getByRole('button', { name: '新建账号' }).click();
    const issued = (await page.getByTestId('one-time-password').textContent())!;
    const oneTimePassword = /临时密码：(\S+)（/.exec(issued)![1];
    await page.getByTestId(`staff-${username}`).waitFor();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const newcomer = await context.newPage();
    pages.push(newcomer);
    await newcomer.goto(`${web.url}/console`);
    await newcomer.getByLabel('用户名').fill(username);
    await newcomer.getByLabel('密码').fill(oneTimePassword);
    await newcomer.getByRole('button', { name: '登录', exact: true }).click();
    await newcomer.getByRole('heading', { name: '请设置新密码' }).waitFor();
    expect(await consoleNav(newcomer).count()).toBe(0);
    await newcomer.getByLabel('当前（临时）密码').fill(oneTimePassword);
    await newcomer.getByLabel('新密码', { exact: true }).fill('my own long passphrase');
    await newcomer.getByRole('button', { name: '保存新密码' }).click();
    await consoleNav(newcomer).waitFor();

    // Disabled by the admin: the newcomer's next request is refused and the console asks to sign in.
    await page.getByTestId(`staff-${username}`).getByRole('button', { name: '停用' }).click();
    await page.getByTestId(`staff-${username}`).getByText('已停用').waitFor();
    // The overview may still be loading its figures: whichever request comes first after the
    // admin's click is refused. If none has yet, following a link makes one.
    const link = consoleNav(newcomer).getByRole('link', { name: '甄别定单', exact: true });
    if (await link.isVisible()) await link.click({ timeout: 5_000 }).catch(() => undefined);
    await newcomer.getByRole('heading', { name: '工作人员登录' }).waitFor();
  });
});
