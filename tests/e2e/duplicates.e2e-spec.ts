import { ApiClient, connectTestTemporal, eventually, saveHistory, testEnvironment } from '@shangliang/testing';
import { TINY_PNG } from './support/browser';
import type { Client } from '@temporalio/client';
import { claimTeam, concludeSolved, peopleOf, raiseProblem, recordSatisfaction, resident, screenSuitable, waitForStage } from './support/problem-flows';

const streetLight = { communityId: 'com-08', category: 'public_facilities', title: '8号楼路灯不亮', description: '8号楼东侧路灯坏了两个星期，晚上很黑。' };

describe('duplicates', () => {
  let temporal: Client;

  beforeAll(async () => {
    temporal = await connectTestTemporal();
  });
  afterAll(async () => {
    await temporal.connection.close();
  });

  it('merges two residents into one problem and both see its outcome', async () => {
    const people = peopleOf('com-08');
    const convener = await ApiClient.login(people.convener);
    const first = await raiseProblem({ ...streetLight, contact: { name: '李一', phone: '13700000001', consentToCallback: true } });
    await waitForStage(convener, first.id, 'screening');

    // The second resident is offered the open problem before submitting…
    const similar = await resident.post('intake', '/public/problems/similar', { communityId: 'com-08', description: '8号楼东边的路灯坏了好几个星期了' });
    expect(similar.status).toBe(200);
    expect(similar.body.map((c: { problemId: string }) => c.problemId)).toContain(first.id);

    // …submits anyway, and the convener merges the duplicate with a reason.
    const second = await raiseProblem({ ...streetLight, title: '路灯坏了', description: '8号楼东边的路灯坏了好几个星期了', contact: { name: '赵二', phone: '13700000002', consentToCallback: true } });
    await waitForStage(convener, second.id, 'screening');
    const merged = await convener.post('intake', `/problems/${second.id}/merge`, { targetProblemId: first.id, reason: '同一路灯' });
    expect(merged.status).toBe(202);
    await waitForStage(convener, second.id, 'merged');
    const pending = await convener.get('assignment', '/screening-items?status=pending');
    expect(pending.body.map((i: { problemId: string }) => i.problemId)).not.toContain(second.id);

    const contacts = await convener.get('intake', `/problems/${first.id}/contact`);
    expect(contacts.body.map((c: { phone: string }) => c.phone).sort()).toEqual(['13700000001', '13700000002']);

    await screenSuitable(people, first.id);
    const [lead] = await claimTeam(people, first.id, 2);
    await concludeSolved(lead, first.id);
    await recordSatisfaction(first.id);
    await waitForStage(convener, first.id, 'archived');

    const firstTracked = await resident.get('intake', `/public/problems/${first.trackingCode}`);
    expect(firstTracked.body.stage).toBe('archived');
    const secondTracked = await eventually(
      () => resident.get('intake', `/public/problems/${second.trackingCode}`),
      (r) => r.body.mergedInto?.stage === 'archived',
      { what: 'the merged problem to show the outcome' },
    );
    expect(secondTracked.body.stage).toBe('merged');
    expect(await temporal.workflow.getHandle(second.workflow.workflowId).result()).toMatchObject({ stage: 'merged' });
    saveHistory(second.workflow.workflowId, 'merged-duplicate');
    saveHistory(first.workflow.workflowId, 'solved-with-merged-duplicate');
  });

  it('puts an unmerged problem back in the screening queue', async () => {
    const people = peopleOf('com-09');
    const convener = await ApiClient.login(people.convener);
    const target = await raiseProblem({ ...streetLight, communityId: 'com-09' });
    const duplicate = await raiseProblem({ ...streetLight, communityId: 'com-09', title: '看起来一样的问题' });
    await waitForStage(convener, duplicate.id, 'screening');
    expect((await convener.post('intake', `/problems/${duplicate.id}/merge`, { targetProblemId: target.id, reason: '看似重复' })).status).toBe(202);
    await waitForStage(convener, duplicate.id, 'merged');

    const undone = await convener.post('intake', `/problems/${duplicate.id}/unmerge`, { reason: '其实是另一栋楼' });
    expect(undone.status).toBe(202);
    await waitForStage(convener, duplicate.id, 'screening');
    await eventually(
      () => convener.get('assignment', '/screening-items?status=pending'),
      (r) => r.body.some((i: { problemId: string }) => i.problemId === duplicate.id),
      { what: 'the duplicate back in the screening queue' },
    );
    const history = (await convener.get('intake', `/problems/${duplicate.id}/history`)).body.map((h: { kind: string }) => h.kind);
    expect(history).toEqual(expect.arrayContaining(['merge_requested', 'unmerged']));
  });

  it('lets a resident join an open problem instead of raising a duplicate', async () => {
    const problem = await raiseProblem({ ...streetLight, communityId: 'com-10' });
    const joined = await resident.post('intake', `/public/problems/${problem.id}/join`, { contact: { phone: '13700000003', consentToCallback: true } }, { 'Idempotency-Key': 'join-1' });
    expect(joined.status).toBe(200);
    // A code of the joiner's own: joining never hands out the first reporter's code.
    expect(joined.body.trackingCode).not.toBe(problem.trackingCode);
    expect((await resident.get('intake', `/public/problems/${joined.body.trackingCode}`)).body.reference).toBe(problem.reference);
    const again = await resident.post('intake', `/public/problems/${problem.id}/join`, { contact: { phone: '13700000003', consentToCallback: true } }, { 'Idempotency-Key': 'join-1' });
    expect(again.status).toBe(200);
    expect(again.body.trackingCode).toBe(joined.body.trackingCode);
    const anonymous = await resident.post('intake', `/public/problems/${problem.id}/join`, {}, { 'Idempotency-Key': 'join-2' });
    expect(anonymous.body.trackingCode).not.toBe(problem.trackingCode);

    // A joiner adds a photo with their own code; they see it, other residents do not (it may
    // show their home), staff do.
    const form = new FormData();
    form.append('photo', new Blob([TINY_PNG], { type: 'image/png' }), 'light.png');
    const upload = await fetch(`${testEnvironment.url('intake')}/public/problems/${joined.body.trackingCode}/photos`, { method: 'POST', body: form });
    expect(upload.status).toBe(201);
    expect((await resident.get('intake', `/public/problems/${joined.body.trackingCode}/photos`)).body).toHaveLength(1);
    expect((await resident.get('intake', `/public/problems/${problem.trackingCode}/photos`)).body).toHaveLength(0);
    expect((await resident.get('intake', `/public/problems/${anonymous.body.trackingCode}/photos`)).body).toHaveLength(0);
    const admin = await ApiClient.login('admin');
    const contacts = await admin.get('intake', `/problems/${problem.id}/contact`);
    expect(contacts.body.filter((c: { phone: string }) => c.phone === '13700000003')).toHaveLength(1);
    // One entry per join (the phone's and the anonymous one); the retried join added nothing.
    const history = (await admin.get('intake', `/problems/${problem.id}/history`)).body.filter((h: { kind: string }) => h.kind === 'reporter_joined');
    expect(history).toHaveLength(2);
  });

  it("never hands a joiner the reporter's powers: another's phone number, another's Idempotency-Key", async () => {
    const reporterPhone = '13700000041';
    const problem = await raiseProblem({ ...streetLight, communityId: 'com-11', contact: { phone: reporterPhone, consentToCallback: true } });
    const admin = await ApiClient.login('admin');
    const before = (await admin.get('intake', `/problems/${problem.id}/contact`)).body;

    // Joining with the reporter's own number attaches nothing to the reporter's record.
    const impostor = await resident.post('intake', `/public/problems/${problem.id}/join`, { contact: { phone: reporterPhone, consentToCallback: false } });
    expect(impostor.status).toBe(200);
    expect(impostor.body.trackingCode).not.toBe(problem.trackingCode);
    const after = (await admin.get('intake', `/problems/${problem.id}/contact`)).body;
    expect(after.filter((c: { phone: string }) => c.phone === reporterPhone)).toEqual(before.filter((c: { phone: string }) => c.phone === reporterPhone));

    // A known Idempotency-Key with another body is another join, never the first joiner's code.
    const first = await resident.post('intake', `/public/problems/${problem.id}/join`, { contact: { phone: '13700000042', consentToCallback: true } }, { 'Idempotency-Key': 'shared-key' });
    const other = await resident.post('intake', `/public/problems/${problem.id}/join`, {}, { 'Idempotency-Key': 'shared-key' });
    expect(other.body.trackingCode).not.toBe(first.body.trackingCode);

    // A joiner does not answer staff's questions to the reporter.
    const convener = await ApiClient.login(peopleOf('com-11').convener);
    await waitForStage(convener, problem.id, 'screening');
    const waiting = await convener.post('intake', `/problems/${problem.id}/awaiting-resident`, { reason: '请提供路灯的具体位置' });
    expect(waiting.status).toBe(202);
    const joinerReply = await resident.post('intake', `/public/problems/${impostor.body.trackingCode}/reply`, { message: '在8号楼' });
    expect(joinerReply.status).toBe(403);
    const reporterReply = await resident.post('intake', `/public/problems/${problem.trackingCode}/reply`, { message: '在8号楼东侧' });
    expect(reporterReply.status).toBeLessThan(300);
  });
});

describe('photos from residents', () => {
  it('keeps the per-problem cap when many uploads arrive at once', async () => {
    const problem = await raiseProblem({ ...streetLight, communityId: 'com-12' });
    const upload = () => {
      const form = new FormData();
      form.append('photo', new Blob([TINY_PNG], { type: 'image/png' }), 'light.png');
      return fetch(`${testEnvironment.url('intake')}/public/problems/${problem.trackingCode}/photos`, { method: 'POST', body: form }).then((r) => r.status);
    };
    const statuses = await Promise.all(Array.from({ length: 9 }, upload));
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
    expect((await resident.get('intake', `/public/problems/${problem.trackingCode}/photos`)).body).toHaveLength(5);
  });
});

describe('merges decided by the workflow', () => {
  it('refuses a merge asked for after the duplicate was screened, and leaves both problems as they were', async () => {
    const people = peopleOf('com-11');
    const convener = await ApiClient.login(people.convener);
    const target = await raiseProblem({ ...streetLight, communityId: 'com-11' });
    const late = await raiseProblem({ ...streetLight, communityId: 'com-11', title: '已经甄别过的问题' });
    await screenSuitable(people, late.id);
    await waitForStage(convener, late.id, 'assignment');
    // Intake's projection may lag; even if it let the request through, the workflow refuses it.
    const asked = await convener.post('intake', `/problems/${late.id}/merge`, { targetProblemId: target.id, reason: '重复' });
    expect(asked.status).toBe(409);
    const history = (await convener.get('intake', `/problems/${late.id}/history`)).body.map((h: { kind: string }) => h.kind);
    expect(history).not.toContain('merged_into');
  });

  it('refuses chains: a problem others were merged into cannot itself be merged', async () => {
    const people = peopleOf('com-12');
    const convener = await ApiClient.login(people.convener);
    const [a, b, c] = [await raiseProblem({ ...streetLight, communityId: 'com-12' }), await raiseProblem({ ...streetLight, communityId: 'com-12' }), await raiseProblem({ ...streetLight, communityId: 'com-12' })];
    for (const p of [a, b, c]) await waitForStage(convener, p.id, 'screening');
    expect((await convener.post('intake', `/problems/${a.id}/merge`, { targetProblemId: b.id, reason: '重复' })).status).toBe(202);
    await waitForStage(convener, a.id, 'merged');
    const chained = await convener.post('intake', `/problems/${b.id}/merge`, { targetProblemId: c.id, reason: '重复' });
    expect(chained.status).toBe(409);
  });
});
