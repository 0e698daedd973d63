import { ApiClient, eventually } from '@shangliang/testing';
import { demoCity, peopleOf, raiseProblem, resident, waitForStage } from './support/problem-flows';

describe('waiting on the resident stops the clock', () => {
  it('keeps a screening deadline from running while staff wait for the resident’s answer', async () => {
    // elderly_care has a 6-second screening deadline in the test policy: long enough for the
    // pause below to reach the workflow (intake, its outbox, the worker) on a loaded machine
    // before the deadline passes — with 3 seconds it once did not, and the rung fired first.
    const people = peopleOf('com-14');
    const group = demoCity.memberGroups.find((g) => g.communityId === 'com-14')!;
    const committee = await ApiClient.login(`committee-${group.specialCommitteeId}`);
    const convener = await ApiClient.login(people.convener);
    const problem = await raiseProblem({ communityId: 'com-14', category: 'elderly_care', title: '助餐点不送餐', description: '社区助餐点最近不给行动不便的老人送餐了。' });
    await waitForStage(convener, problem.id, 'screening');

    const paused = await convener.post('intake', `/problems/${problem.id}/awaiting-resident`, { reason: '请补充是哪几户老人、从什么时候开始' });
    expect(paused.status).toBe(202);
    expect((await convener.post('intake', `/problems/${problem.id}/awaiting-resident`, { reason: '再问一次' })).status).toBe(409);
    const tracked = await resident.get('intake', `/public/problems/${problem.trackingCode}`);
    expect(tracked.body).toMatchObject({ awaitingResident: true, awaitingReason: '请补充是哪几户老人、从什么时候开始' });

    // Twice the deadline passes while paused: nothing escalates.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const item = await committee.get('assignment', `/screening-items/${problem.id}`);
    expect(item.body.escalationLevel).toBe(0);

    const replied = await resident.post('intake', `/public/problems/${problem.trackingCode}/reply`, { message: '3号楼的两户独居老人，上周一开始。' });
    expect(replied.status).toBe(202);
    expect((await resident.get('intake', `/public/problems/${problem.trackingCode}`)).body.awaitingResident).toBe(false);

    // The clock runs again and the (now overdue) screening rises to the committee.
    await eventually(() => committee.get('assignment', `/screening-items/${problem.id}`), (r) => r.body.escalationLevel >= 1, {
      timeoutMs: 30_000,
      what: 'the resumed deadline to pass',
    });
    // The workflow tells assignment and records the step in the problem bank side by side.
    const history = await eventually(
      () => convener.get('intake', `/problems/${problem.id}/history`),
      (r) => r.body.some((h: { kind: string }) => h.kind === 'screening_overdue'),
      { what: 'the overdue step in the history' },
    );
    const kinds = history.body.map((h: { kind: string }) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['clock_paused', 'clock_resumed', 'deadline_moved', 'screening_overdue']));
  });

  it('refuses a pause without a reason, outside the caller’s area, or at a stage that does not wait on the resident', async () => {
    const people = peopleOf('com-15');
    const convener = await ApiClient.login(people.convener);
    const problem = await raiseProblem({ communityId: 'com-15' });
    await waitForStage(convener, problem.id, 'screening');
    const noReason = await convener.post('intake', `/problems/${problem.id}/awaiting-resident`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].field).toBe('reason');
    const stranger = await ApiClient.login(peopleOf('com-16').leader);
    expect((await stranger.post('intake', `/problems/${problem.id}/awaiting-resident`, { reason: '不是我的' })).status).toBe(403);
    expect((await resident.post('intake', `/public/problems/${problem.trackingCode}/reply`, { message: '没人问我' })).status).toBe(409);
  });
});
