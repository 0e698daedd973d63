import { verifyWebhookBody } from '@shangliang/http';
import { ApiClient, eventually, runningPids, startApp, stopPid, testEnvironment } from '@shangliang/testing';
import { fakeProblem, mailpit, NotificationFeed, notificationEventsOf, smsSink } from './support/notifications';
import { peopleOf, raiseProblem } from './support/problem-flows';

const RUN = Date.now().toString(36);
const DEPARTMENT = 'dept-housing';
const DEPT_EMAIL = `housing-${RUN}@departments.test`;
const DEPT_HEAD = `137${String(Date.now()).slice(-8)}`;
const HOOK = `housing-${RUN}`;
const HOOK_SECRET = `housing-webhook-secret-${RUN}`;
const RUNGS = [
  ['reminder', '到期提醒'],
  ['urging_notice', '催办'],
  ['formal_supervision', '督办'],
  ['democratic_supervision', '民主监督'],
] as const;
const people = peopleOf('com-01');
/** The lead member's id from their login (`member-mem-015` → `mem-015`). */
const leadMemberId = people.members[0].replace(/^member-/, '');
const publicBase = process.env.PUBLIC_BASE_URL ?? testEnvironment.url('web');

/** Restarts the notifications service with settings of a test's own (same port). */
async function restartNotifications(env: Record<string, string> = {}): Promise<void> {
  await Promise.all(runningPids('notifications').map((pid) => stopPid(pid)));
  await startApp('notifications', env);
}

describe('notifications: who is told what, on every channel, once', () => {
  const feed = new NotificationFeed();
  let admin: ApiClient;
  let supervisor: ApiClient;
  let lead: ApiClient;

  beforeAll(async () => {
    [admin, supervisor, lead] = await Promise.all([ApiClient.login('admin'), ApiClient.login('supervisor'), ApiClient.login(people.members[0])]);
    const configured = await admin.put('notifications', `/admin/notifications/departments/${DEPARTMENT}/channels`, {
      email: DEPT_EMAIL,
      smsPhone: DEPT_HEAD,
      webhook: { kind: 'wecom', url: `${testEnvironment.url('sms-sink')}/webhooks/${HOOK}`, secret: HOOK_SECRET },
    });
    expect(configured.status).toBe(200);
    expect(configured.body.webhook).toEqual({ kind: 'wecom', url: expect.stringContaining(HOOK), secretSet: true });
    expect(JSON.stringify(configured.body)).not.toContain(HOOK_SECRET);
  });

  afterAll(() => feed.close());

  /** A referral of a fresh problem to the department, its team lead known from team_formed. */
  async function referredProblem() {
    const problem = fakeProblem();
    await feed.publish('problem.progressed', problem.step('consultation', 'team_formed', { leadMemberId, size: 2, formedBy: 'claims' }));
    const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const created = problem.step('referral', 'stage_entered', { departmentId: DEPARTMENT, referralId: `ref-${problem.problemId}` }, { dueAt });
    await feed.publish('problem.progressed', created);
    return { problem, created };
  }

  it('tells the department by e-mail, text and WeCom webhook, the lead and the supervisors in their inboxes, each once per rung even when an event is delivered twice', async () => {
    const { problem, created } = await referredProblem();
    const rungEvents = RUNGS.map(([rung]) => problem.step('referral', 'escalation_rung', { rung, referralId: `ref-${problem.problemId}`, departmentId: DEPARTMENT }));
    for (const event of rungEvents) await feed.publish('problem.progressed', event);
    // Every message again, as a relay re-publishing after a crash would (same event ids).
    for (const event of [created, ...rungEvents]) await feed.publish('problem.progressed', event, 2);

    // E-mail: in Chinese, with the link to the referral page.
    // Only this problem's messages count: a referral of an earlier suite's problem to the same
    // department may still climb its ladder and reach the channels configured above.
    const mailsOf = async () => (await mailpit.search(`to:${DEPT_EMAIL}`)).filter((m) => m.Subject.includes(problem.reference));
    const textsOf = async () => (await smsSink.texts()).filter((t) => t.phoneNumbers === DEPT_HEAD && t.templateParam.reference === problem.reference);
    const hooksOf = async () => (await smsSink.webhooks(HOOK)).filter((h) => h.body.includes(problem.reference));
    const mails = await eventually(mailsOf, (m) => m.length >= 5, { what: 'five e-mails to the department', timeoutMs: 60_000 });
    const subjects = mails.map((m) => m.Subject).sort();
    expect(subjects).toEqual(['交办', ...RUNGS.map(([, zh]) => zh)].map((zh) => `【商量】【${zh}】${problem.reference} 交办住房和城乡建设局`).sort());
    const body = await mailpit.text(mails.find((m) => m.Subject.includes('催办'))!.ID);
    expect(body).toContain(`${publicBase}/console/referrals/ref-${problem.problemId}`);
    expect(body).toContain('办理期限');

    // Texts to the department head: one per rung, each through a signed gateway request (the sink refuses others).
    const texts = await eventually(textsOf, (t) => t.length >= 5, { what: "the department head's texts" });
    expect(texts.map((t) => t.templateCode).sort()).toEqual(['SL_REFERRAL_CREATED', 'SL_REFERRAL_DEMOCRATIC_SUPERVISION', 'SL_REFERRAL_FORMAL_SUPERVISION', 'SL_REFERRAL_REMINDER', 'SL_REFERRAL_URGING_NOTICE']);
    const forged = await fetch(`${testEnvironment.url('sms-sink')}/`, { method: 'POST', body: new URLSearchParams({ ...texts[0], Signature: 'AAAA' } as never).toString() });
    expect(forged.status).toBe(400);

    // WeCom group robot messages, signed with the department's secret over timestamp and body.
    const hooks = await eventually(hooksOf, (h) => h.length >= 5, { what: "the department's webhooks" });
    for (const hook of hooks) {
      expect(verifyWebhookBody(HOOK_SECRET, hook.headers['x-timestamp'], hook.headers['x-signature'], hook.body)).toBe(true);
      expect(JSON.parse(hook.body)).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining(problem.reference) } });
    }
    expect(new Set(hooks.map((h) => h.headers['x-delivery-id'])).size).toBe(5);

    // The supervisors' inbox: 督办 and 民主监督, linking to the problem.
    const supervised = await eventually(
      async () => (await supervisor.get('notifications', '/notifications/inbox?limit=200')).body.items.filter((i: { title: string }) => i.title.includes(problem.reference)),
      (items) => items.length >= 2,
      { what: "the supervisors' inbox" },
    );
    expect(supervised.map((i: { title: string }) => i.title).sort()).toEqual([`【督办】${problem.reference} 交办住房和城乡建设局`, `【民主监督】${problem.reference} 交办住房和城乡建设局`].sort());
    expect(supervised[0].link).toBe(`/console/referrals/ref-${problem.problemId}`);
    // The team lead is told of every rung.
    const leads = await eventually(async () => (await lead.get('notifications', '/notifications/inbox?limit=200')).body.items.filter((i: { title: string }) => i.title.includes(problem.reference)), (items) => items.length >= 5, { what: "the lead's inbox" });

    // Once the redeliveries are through, still exactly one of each.
    await eventually(async () => (await Promise.all([created, ...rungEvents].map((e) => feed.processed(e.eventId, 2)))).every(Boolean), (done) => done, { what: 'the redeliveries to be processed' });
    await eventually(() => admin.get('notifications', '/admin/notifications/deliveries?status=pending&limit=200'), (r) => !r.body.items.some((d: { reference: string }) => d.reference === problem.reference), { what: 'no delivery of the problem pending' });
    expect(await mailsOf()).toHaveLength(5);
    expect(await textsOf()).toHaveLength(5);
    expect(await hooksOf()).toHaveLength(5);
    expect((await supervisor.get('notifications', '/notifications/inbox?limit=200')).body.items.filter((i: { title: string }) => i.title.includes(problem.reference))).toHaveLength(2);
    expect((await lead.get('notifications', '/notifications/inbox?limit=200')).body.items.filter((i: { title: string }) => i.title.includes(problem.reference))).toHaveLength(leads.length);
  });

  it('lets staff read their inbox, mark entries read and choose their channels', async () => {
    const { problem } = await referredProblem();
    const entry: any = await eventually(
      async () => (await lead.get('notifications', '/notifications/inbox?unread=true')).body.items.find((i: { title: string }) => i.title.includes(problem.reference)),
      (found) => Boolean(found),
      { what: "the referral in the lead's inbox" },
    );
    expect(entry).toMatchObject({ event: 'referral.created', link: `/console/referrals/ref-${problem.problemId}`, readAt: null });
    const before = (await lead.get('notifications', '/notifications/inbox/unread-count')).body.unread;
    expect((await lead.post('notifications', `/notifications/inbox/${entry.id}/read`, {})).status).toBe(200);
    expect((await lead.get('notifications', '/notifications/inbox/unread-count')).body.unread).toBe(before - 1);
    // Nobody marks another's entry.
    expect((await supervisor.post('notifications', `/notifications/inbox/${entry.id}/read`, {})).status).toBe(404);
    expect((await lead.post('notifications', '/notifications/inbox/read-all', {})).status).toBe(200);
    expect((await lead.get('notifications', '/notifications/inbox/unread-count')).body.unread).toBe(0);
    // The list carries its total, counted up to a cap, beside the unread count.
    const unread = (await lead.get('notifications', '/notifications/inbox?unread=true&limit=200')).body;
    expect(unread).toMatchObject({ total: unread.items.length, totalIsLowerBound: false, unread: expect.any(Number) });
    const all = (await lead.get('notifications', '/notifications/inbox?limit=1')).body;
    expect(all).toMatchObject({ total: expect.any(Number), totalIsLowerBound: false, unread: expect.any(Number) });
    expect(all.total).toBeGreaterThanOrEqual(1);
    expect(all.items).toHaveLength(1);

    const refused = await lead.put('notifications', '/notifications/preferences', { channels: ['sms'] });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('phone');
    const chosen = await lead.put('notifications', '/notifications/preferences', { email: `lead-${RUN}@staff.test`, channels: ['email'], locale: 'en' });
    expect(chosen.body).toEqual({ email: `lead-${RUN}@staff.test`, phone: null, channels: ['email'], locale: 'en', inbox: true });
    const next = await referredProblem();
    const mails = await eventually(() => mailpit.search(`to:lead-${RUN}@staff.test`), (m) => m.length >= 1, { what: "the lead's e-mail" });
    expect(mails[0].Subject).toBe(`【商量】[Referral] ${next.problem.reference} referred to 住房和城乡建设局`);
  });

  it('keeps the other channels going while SMTP is down, lists the failed e-mails for admins and resends them once it is back', async () => {
    await restartNotifications({ SMTP_PORT: '9', NOTIFY_DELIVERY_ATTEMPTS: '3', NOTIFY_DELIVERY_BACKOFF_MS: '100' });
    let failedIds: string[] = [];
    let reference = '';
    try {
      const { problem } = await referredProblem();
      reference = problem.reference;
      // Texts and webhooks arrive although every e-mail fails.
      await eventually(async () => (await smsSink.texts()).filter((t) => t.templateParam.reference === reference), (t) => t.length >= 1, { what: 'the text while SMTP is down' });
      await eventually(async () => (await smsSink.webhooks(HOOK)).filter((h) => h.body.includes(reference)), (h) => h.length >= 1, { what: 'the webhook while SMTP is down' });
      const failed = await eventually(
        async () =>
          (await admin.get('notifications', '/admin/notifications/deliveries?status=failed&limit=200')).body.items.filter(
            (d: { reference: string; recipient: string }) => d.reference === reference && d.recipient === `department:${DEPARTMENT}`,
          ),
        (items) => items.length >= 1,
        { what: 'the failed e-mail listed for admins' },
      );
      expect(failed[0]).toMatchObject({ channel: 'email', recipient: `department:${DEPARTMENT}`, status: 'failed', attempts: 3, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
      const failedList = (await admin.get('notifications', '/admin/notifications/deliveries?status=failed&limit=200')).body;
      expect(failedList).toMatchObject({ total: expect.any(Number), totalIsLowerBound: false });
      failedIds = failedList.items.filter((d: { reference: string }) => d.reference === reference).map((d: { id: string }) => d.id);
      expect(await mailpit.search(`subject:${reference}`)).toHaveLength(0);
      // Another council's admin neither sees nor resends them.
      const countyAdmin = await ApiClient.login('county-admin');
      expect((await countyAdmin.post('notifications', `/admin/notifications/deliveries/${failedIds[0]}/resend`, {})).status).toBe(404);
    } finally {
      await restartNotifications();
    }
    for (const id of failedIds) expect((await admin.post('notifications', `/admin/notifications/deliveries/${id}/resend`, {})).status).toBe(202);
    const mails = await eventually(() => mailpit.search(`to:${DEPT_EMAIL} subject:${reference}`), (m) => m.length >= 1, { what: 'the resent e-mail' });
    expect(mails).toHaveLength(1);
    expect((await admin.post('notifications', `/admin/notifications/deliveries/${failedIds[0]}/resend`, {})).status).toBe(409);
  });

  describe('residents', () => {
    const withTexts = `139${String(Date.now()).slice(-8)}`;
    const withoutTexts = `136${String(Date.now()).slice(-8)}`;

    afterAll(() => restartNotifications());

    /** A problem raised on the web page; the resident may consent to texts. */
    const raise = (phone: string, consentToTexts: boolean) =>
      raiseProblem({ communityId: 'com-02', title: `通知测试 ${phone.slice(-4)}：楼道灯不亮`, contact: { name: '住户', phone, consentToCallback: true, consentToTexts } });
    const textsTo = async (phone: string) => (await smsSink.texts()).filter((t) => t.phoneNumbers === phone);

    it('texts a resident who consented, with their own tracking code, and never one who did not', async () => {
      // Noon in Beijing, outside the quiet hours, whatever time the test runs.
      await restartNotifications({ NOTIFY_CLOCK_OFFSET_MS: String(offsetTo(12, 0)) });
      const silent = await raise(withoutTexts, false);
      const told = await raise(withTexts, true);
      const texts = await eventually(() => textsTo(withTexts), (t) => t.length >= 1, { what: "the consenting resident's text", timeoutMs: 60_000 });
      expect(texts[0]).toMatchObject({ templateCode: 'SL_RESIDENT_RECEIVED', templateParam: { reference: told.reference, trackingCode: told.trackingCode, link: `${publicBase}/track/${told.trackingCode}` } });
      // The other problem's step was recorded too, with nobody to text.
      await eventually(() => notificationEventsOf(silent.id), (events) => events.some((e) => e.kind === 'resident.received'), { what: "the non-consenting resident's event" });
      expect(await textsTo(withoutTexts)).toEqual([]);
      expect(await textsTo(withTexts)).toHaveLength(1);
    });

    it('holds a text due at night until 08:00 Beijing time', async () => {
      // The service's clock read 07:59:35 in Beijing when it was set: after its restart the text
      // waits some seconds for 08:00, not till tomorrow.
      const offset = offsetTo(7, 59, 35);
      await restartNotifications({ NOTIFY_CLOCK_OFFSET_MS: String(offset) });
      const phone = `135${String(Date.now()).slice(-8)}`;
      const problem = await raise(phone, true);
      const pending = await eventually(
        async () => (await admin.get('notifications', '/admin/notifications/deliveries?status=pending&limit=200')).body.items.filter((d: { reference: string }) => d.reference === problem.reference),
        (items) => items.length >= 1,
        { what: 'the night text to wait', timeoutMs: 60_000 },
      );
      const eight = new Date(pending[0].notBefore);
      expect([eight.getUTCHours(), eight.getUTCMinutes(), eight.getUTCSeconds()]).toEqual([0, 0, 0]); // 08:00 in Beijing
      expect(await textsTo(phone)).toEqual([]);
      const texts = await eventually(() => textsTo(phone), (t) => t.length >= 1, { what: 'the text at 08:00', timeoutMs: 60_000 });
      expect(texts).toEqual([expect.objectContaining({ templateCode: 'SL_RESIDENT_RECEIVED' })]);
      // Not before the service's 08:00, in real time.
      expect(Date.parse(texts[0].receivedAt)).toBeGreaterThanOrEqual(eight.getTime() - offset - 100);
    });
  });
});

/** The clock offset that makes the service's "now" read hh:mm:ss in Beijing (today or tomorrow). */
function offsetTo(hour: number, minute: number, second = 0): number {
  const now = Date.now();
  const beijingMidnightUtc = Math.floor((now + 8 * 3600_000) / 86_400_000) * 86_400_000 - 8 * 3600_000;
  let target = beijingMidnightUtc + ((hour * 60 + minute) * 60 + second) * 1000;
  if (target < now) target += 86_400_000;
  return target - now;
}
