import { verifyWebhookBody } from '@shangliang/http';
import { ApiClient, eventually, runningPids, startApp, stopPid, testEnvironment } from '@shangliang/testing';
import { mailpit, smsSink } from './support/notifications';
import { claimTeam, peopleOf, raiseProblem, referToDepartment, resolveSupervisionCase, screenSuitable, waitForStage } from './support/problem-flows';

const RUN = Date.now().toString(36);
const DEPARTMENT = 'dept-gas';
const EMAIL = `gas-${RUN}@departments.test`;
const HEAD = `136${String(Date.now()).slice(-8)}`;
const HOOK = `gas-${RUN}`;
const SECRET = `gas-webhook-secret-${RUN}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The whole chain on the real stack: a problem is referred, its ladder runs on the workflow's
 * durable timers, intake forwards each rung, and the notifications service tells the
 * department on every channel and the supervisors in their inbox — each exactly once, although
 * the worker and the notifications service are killed with SIGKILL in the middle of the ladder.
 */
describe('the referral ladder reaches people', () => {
  let admin: ApiClient;
  let supervisor: ApiClient;

  beforeAll(async () => {
    [admin, supervisor] = await Promise.all([ApiClient.login('admin'), ApiClient.login('supervisor')]);
    const configured = await admin.put('notifications', `/admin/notifications/departments/${DEPARTMENT}/channels`, {
      email: EMAIL,
      smsPhone: HEAD,
      webhook: { kind: 'wecom', url: `${testEnvironment.url('sms-sink')}/webhooks/${HOOK}`, secret: SECRET },
    });
    expect(configured.status).toBe(200);
  });

  it('at every rung, on every channel, once — through a SIGKILL of the worker and the notifications service', async () => {
    const people = peopleOf('com-06');
    const problem = await raiseProblem({ communityId: 'com-06' });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id, 2);
    await referToDepartment(lead, problem.id, DEPARTMENT, 6_000);
    await waitForStage(admin, problem.id, 'referral');

    // The reminder has gone out; then both processes die without warning and come back.
    await eventually(
      () => admin.get('intake', `/problems/${problem.id}/history`),
      (r) => r.body.some((h: { kind: string; detail: { rung?: string } }) => h.kind === 'escalation_rung' && h.detail.rung === 'reminder'),
      { what: 'the reminder rung', timeoutMs: 60_000 },
    );
    for (const app of ['worker', 'notifications'] as const) for (const pid of runningPids(app)) await stopPid(pid, 'SIGKILL');
    await pause(3_000);
    await Promise.all([startApp('worker'), startApp('notifications')]);

    await resolveSupervisionCase(problem.id);
    const rungs = (await admin.get('intake', `/problems/${problem.id}/history`)).body
      .filter((h: { kind: string }) => h.kind === 'escalation_rung')
      .map((h: { detail: { rung: string } }) => h.detail.rung);
    expect(rungs).toEqual(['reminder', 'urging_notice', 'formal_supervision', 'democratic_supervision']);

    // The department: six e-mails in Chinese (referral, four rungs, and the supervisor closing the
    // democratic-supervision case), each linking to the referral.
    const mails = await eventually(() => mailpit.search(`to:${EMAIL}`), (m) => m.length >= 6, { what: "the department's e-mails", timeoutMs: 60_000 });
    for (const zh of ['交办', '到期提醒', '催办', '督办', '民主监督', '民主监督结案']) expect(mails.filter((m) => m.Subject.includes(`【${zh}】`) && m.Subject.includes(problem.reference))).toHaveLength(1);
    const referralId = (await admin.get('intake', `/problems/${problem.id}/history`)).body.find((h: { kind: string; stage: string }) => h.kind === 'stage_entered' && h.stage === 'referral').detail.referralId;
    for (const mail of mails) expect(await mailpit.text(mail.ID)).toContain(`/console/referrals/${referralId}`);
    // The department head's texts, through signed gateway requests, and the WeCom robot's messages.
    const texts = await eventually(async () => (await smsSink.texts()).filter((t) => t.phoneNumbers === HEAD), (t) => t.length >= 6, { what: "the head's texts" });
    expect(new Set(texts.map((t) => t.templateCode)).size).toBe(6);
    const hooks = await eventually(() => smsSink.webhooks(HOOK), (h) => h.length >= 6, { what: 'the WeCom messages' });
    for (const hook of hooks) {
      expect(verifyWebhookBody(SECRET, hook.headers['x-timestamp'], hook.headers['x-signature'], hook.body)).toBe(true);
      expect(JSON.parse(hook.body)).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining(problem.reference) } });
    }
    // The council's supervisors: 督办, 民主监督 and the case closed, in their inbox.
    const inbox = async () => (await supervisor.get('notifications', '/notifications/inbox?limit=200')).body.items.filter((i: { title: string }) => i.title.includes(problem.reference));
    const supervised = await eventually(inbox, (items) => items.length >= 3, { what: "the supervisors' inbox" });
    expect(supervised.map((i: { event: string }) => i.event).sort()).toEqual(['referral.democratic_supervision', 'referral.formal_supervision', 'supervision.closed']);
    expect(supervised.every((i: { link: string }) => i.link === `/console/referrals/${referralId}`)).toBe(true);

    // Once everything has settled, still exactly one of each.
    await pause(5_000);
    expect(await mailpit.search(`to:${EMAIL}`)).toHaveLength(6);
    expect((await smsSink.texts()).filter((t) => t.phoneNumbers === HEAD)).toHaveLength(6);
    expect(await smsSink.webhooks(HOOK)).toHaveLength(6);
    expect(await inbox()).toHaveLength(3);
  });
});
