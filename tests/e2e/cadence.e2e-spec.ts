import { CADENCE_CHECK_SCHEDULE_ID } from '@shangliang/contracts';
import { ApiClient, connectTestTemporal, eventually } from '@shangliang/testing';
import { pendingCadenceDeliveries } from './support/notifications';
import { claimTeam, concludeSolved, demoCity, peopleOf, raiseProblem, screenSuitable } from './support/problem-flows';

describe('the cadence rule: who is behind', () => {
  const township = demoCity.localities.find((l) => l.kind === 'township' && !demoCity.communities.some((c) => c.localityId === l.id))!;
  const street = demoCity.localities.find((l) => l.kind === 'street' && l.id !== township.id && !demoCity.communities.some((c) => c.localityId === l.id))!;

  it('counts a convener’s recorded activity for their township and shows the others behind', async () => {
    const convener = await ApiClient.login(`convener-${township.id}`);
    const recorded = await convener.post('consultation', '/activities', {
      kind: 'site_meeting',
      heldAt: new Date().toISOString(),
      topic: '乡镇召集人现场会：典型案例交流',
      participants: 25,
    });
    expect(recorded.status).toBe(201);

    const own = await convener.get('consultation', '/dashboard/cadence');
    expect(own.body.localities).toEqual([expect.objectContaining({ id: township.id, kind: 'township', cadenceDays: 92, behind: false, daysSince: 0 })]);

    const admin = await ApiClient.login('admin');
    const all = await admin.get('consultation', '/dashboard/cadence');
    expect(all.body.localities).toHaveLength(103);
    expect(all.body.localities.find((l: { id: string }) => l.id === street.id)).toMatchObject({ cadenceDays: 61, behind: true, lastActivityAt: null });
    expect(all.body.behind.localities).toBeGreaterThan(0);
  });

  it('counts consultations held in a community for its group and its locality', async () => {
    const people = peopleOf('com-06');
    const problem = await raiseProblem({ communityId: 'com-06' });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id, 2);
    await concludeSolved(lead, problem.id);
    const report = (await (await ApiClient.login('admin')).get('consultation', '/dashboard/cadence')).body;
    expect(report.groups.find((g: { communityId: string }) => g.communityId === 'com-06')).toMatchObject({ behind: false, daysSince: 0 });
    const locality = demoCity.communities.find((c) => c.id === 'com-06')!.localityId;
    expect(report.localities.find((l: { id: string }) => l.id === locality)).toMatchObject({ behind: false });
  });

  it('refuses an activity in the future, in another convener’s locality, or from a member', async () => {
    const convener = await ApiClient.login(`convener-${township.id}`);
    const future = await convener.post('consultation', '/activities', { kind: 'studio_reception', heldAt: new Date(Date.now() + 86_400_000).toISOString(), topic: '明天的接待日', participants: 3 });
    expect(future.status).toBe(400);
    expect(future.body.fields.map((f: { field: string }) => f.field)).toEqual(['heldAt']);
    const elsewhere = await convener.post('consultation', '/activities', { localityId: street.id, kind: 'studio_reception', heldAt: new Date().toISOString(), topic: '别人的街道', participants: 3 });
    expect(elsewhere.status).toBe(403);
    const member = await ApiClient.login(peopleOf('com-01').members[0]);
    expect((await member.get('consultation', '/dashboard/cadence')).status).toBe(403);
  });

  it('runs the daily check from a Temporal Schedule: the dashboard shows it and each convener behind is told once', async () => {
    const admin = await ApiClient.login('admin');
    const temporal = await connectTestTemporal();
    const schedule = temporal.schedule.getHandle(CADENCE_CHECK_SCHEDULE_ID);
    // Ops see it in the Web UI (Schedules): created by the worker with the configured daily time.
    const described = await schedule.describe();
    expect(described.spec.calendars?.length ?? described.spec.intervals?.length ?? 0).toBeGreaterThanOrEqual(0);
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'cadenceCheck' });

    await schedule.trigger();
    const checked = await eventually(() => admin.get('consultation', '/dashboard/cadence'), (r) => r.status === 200 && r.body.lastCheck !== null, { timeoutMs: 60_000, what: 'the daily check on the dashboard' });
    const behind = checked.body.localities.find((l: { id: string; behind: boolean }) => l.id === street.id && l.behind);
    expect(behind).toMatchObject({ status: 'missed', period: expect.stringMatching(/^\d{4}-\d{2}\/\d{2}$/) });
    expect(checked.body.lastCheck.localitiesBehind).toBe(checked.body.behind.localities);

    const convener = await ApiClient.login(`convener-${street.id}`);
    const notices = async () =>
      (await convener.get('notifications', '/notifications/inbox?limit=200')).body.items.filter((i: { title: string }) => i.title.includes('活动频次提醒'));
    await eventually(notices, (items) => items.length === 1, { timeoutMs: 30_000, what: "the street convener's cadence notice" });

    // A second run the same day (a manual trigger, a catch-up) tells nobody again.
    await schedule.trigger();
    await eventually(() => pendingCadenceDeliveries(), (n) => n === 0, { timeoutMs: 60_000, what: 'every cadence notice delivered' });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await notices()).toHaveLength(1);
    await temporal.connection.close();
  });
});
