import { ApiClient, eventually, saveHistory } from '@shangliang/testing';
import { demoCity, peopleOf, raiseProblem, screenSuitable, waitForStage } from './support/problem-flows';

describe('screening and claiming (定单, 分单)', () => {
  it('lets exactly one of two members racing for the last seat win it', async () => {
    const people = peopleOf('com-11');
    const problem = await raiseProblem({ communityId: 'com-11' });
    await screenSuitable(people, problem.id); // household scope: a team of 2
    const [first, second, third] = await Promise.all(people.members.slice(0, 3).map((u) => ApiClient.login(u)));
    await eventually(() => first.get('assignment', `/claim-items/${problem.id}`), (r) => r.status === 200, { what: 'claim item' });
    expect((await first.post('assignment', `/claim-items/${problem.id}/claims`, { lead: true })).status).toBe(201);

    const race = await Promise.all([second, third].map((m) => m.post('assignment', `/claim-items/${problem.id}/claims`, {})));
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(race.find((r) => r.status === 409)!.body.code).toBe('team_full');

    const item = await first.get('assignment', `/claim-items/${problem.id}`);
    expect(item.body.status).toBe('formed');
    expect(item.body.claims).toHaveLength(2);
    await waitForStage(first, problem.id, 'consultation');
  });

  it('puts an unclaimed item in the group leader’s queue when the claim deadline passes, and the leader assigns', async () => {
    // public_safety has a 4-second claim deadline in the test policy.
    const people = peopleOf('com-12');
    // Signed in first: the claim deadline (seconds in tests) starts at screening.
    const [leader, member] = await Promise.all([ApiClient.login(people.leader), ApiClient.login(people.members[0])]);
    const problem = await raiseProblem({ communityId: 'com-12', category: 'public_safety', title: '小区消防通道被占', description: '消防通道长期被车辆占用，存在安全隐患。' });
    await screenSuitable(people, problem.id, 'hard');

    // Before the deadline the leader may not assign: members may still claim.
    await eventually(() => leader.get('assignment', `/claim-items/${problem.id}`), (r) => r.status === 200, { what: 'claim item' });
    const group = demoCity.memberGroups.find((g) => g.communityId === 'com-12')!;
    const team = group.memberIds.filter((id) => id !== group.leaderMemberId).slice(0, 4);
    const early = await leader.post('assignment', `/claim-items/${problem.id}/team`, { leadMemberId: team[0], memberIds: team });
    expect(early.status).toBe(403);

    const queue = await eventually(
      () => leader.get('assignment', '/claim-items?queue=leader'),
      (r) => r.status === 200 && r.body.some((i: { problemId: string }) => i.problemId === problem.id),
      { what: "the item in the leader's queue" },
    );
    expect(queue.body.find((i: { problemId: string }) => i.problemId === problem.id).escalationLevel).toBeGreaterThanOrEqual(1);
    // The workflow tells the assignment service and records the missed deadline side by side.
    await eventually(
      () => leader.get('intake', `/problems/${problem.id}/history`),
      (r) => r.body.some((h: { kind: string }) => h.kind === 'claiming_overdue'),
      { what: 'the missed claim deadline in the history' },
    );

    // A member cannot assign a team; the leader can.
    expect((await member.post('assignment', `/claim-items/${problem.id}/team`, { leadMemberId: team[0], memberIds: team })).status).toBe(403);
    const tooSmall = await leader.post('assignment', `/claim-items/${problem.id}/team`, { leadMemberId: team[0], memberIds: [team[0]] });
    expect(tooSmall.status).toBe(400);
    expect(tooSmall.body.fields[0].field).toBe('memberIds');
    const assigned = await leader.post('assignment', `/claim-items/${problem.id}/team`, { leadMemberId: team[0], memberIds: team });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toMatchObject({ status: 'formed', formedBy: 'group_leader' });
    await waitForStage(leader, problem.id, 'consultation');
    saveHistory(problem.workflow.workflowId, 'claim-deadline-missed-leader-assigned');
  });

  it('ranks the group’s members for an item with the reasons', async () => {
    const people = peopleOf('com-13');
    const problem = await raiseProblem({ communityId: 'com-13', category: 'neighbourhood_dispute', title: '邻里噪音纠纷', description: '楼上住户深夜噪音，多次沟通无果。' });
    await screenSuitable(people, problem.id);
    const leader = await ApiClient.login(people.leader);
    const ranked = await eventually(() => leader.get('assignment', `/claim-items/${problem.id}/candidates`), (r) => r.status === 200, { what: 'candidates' });
    expect(ranked.body.length).toBeGreaterThanOrEqual(12);
    const top = ranked.body[0];
    expect(top.reasons.join(' ')).toMatch(/expertise (law|social_work|culture)/);
    const scores = ranked.body.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('refuses a screening without a reason, and one from a convener of another area', async () => {
    const people = peopleOf('com-14');
    const problem = await raiseProblem({ communityId: 'com-14' });
    const convener = await ApiClient.login(people.convener);
    await waitForStage(convener, problem.id, 'screening');
    await eventually(() => convener.get('assignment', `/screening-items/${problem.id}`), (r) => r.status === 200, { what: 'screening item' });

    const noReason = await convener.post('assignment', `/screening-items/${problem.id}/decision`, { suitable: false });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields.map((f: { field: string }) => f.field)).toEqual(['reasonCode']);

    const otherLocality = demoCity.localities.find((l) => !demoCity.communities.some((c) => c.localityId === l.id && c.id === 'com-14'))!;
    const stranger = await ApiClient.login(`convener-${otherLocality.id}`);
    const denied = await stranger.post('assignment', `/screening-items/${problem.id}/decision`, { suitable: true, scope: 'household' });
    expect(denied.status).toBe(403);
  });
});

describe('late screening (定单)', () => {
  it('rises to the special committee when the convener and group leader miss the screening deadline', async () => {
    // elderly_care has a 6-second screening deadline in the test policy.
    const people = peopleOf('com-10');
    const group = demoCity.memberGroups.find((g) => g.communityId === 'com-10')!;
    const committee = await ApiClient.login(`committee-${group.specialCommitteeId}`);
    const problem = await raiseProblem({ communityId: 'com-10', category: 'elderly_care', title: '老年食堂停办', description: '社区老年食堂突然停办，独居老人吃饭困难。' });
    const convener = await ApiClient.login(people.convener);
    await waitForStage(convener, problem.id, 'screening');
    await eventually(() => committee.get('assignment', `/screening-items/${problem.id}`), (r) => r.status === 200, { what: 'screening item' });

    const overdue = await eventually(
      () => committee.get('assignment', `/screening-items/${problem.id}`),
      (r) => r.body.escalationLevel >= 1,
      { timeoutMs: 30_000, what: 'the screening to rise to the committee' },
    );
    expect(overdue.body.status).toBe('pending');
    await eventually(
      () => convener.get('intake', `/problems/${problem.id}/history`),
      (r) => r.body.some((h: { kind: string }) => h.kind === 'screening_overdue'),
      { what: 'the missed screening deadline in the history' },
    );

    const decided = await committee.post('assignment', `/screening-items/${problem.id}/decision`, { suitable: true, scope: 'household' });
    expect(decided.status).toBe(201);
    await waitForStage(convener, problem.id, 'assignment');
    saveHistory(problem.workflow.workflowId, 'screening-deadline-missed-committee-screened');
  });

  it('does not let the committee screen before the deadline has passed', async () => {
    const people = peopleOf('com-09');
    const group = demoCity.memberGroups.find((g) => g.communityId === 'com-09')!;
    const committee = await ApiClient.login(`committee-${group.specialCommitteeId}`);
    const problem = await raiseProblem({ communityId: 'com-09' });
    await waitForStage(await ApiClient.login(people.convener), problem.id, 'screening');
    await eventually(() => committee.get('assignment', `/screening-items/${problem.id}`), (r) => r.status === 200, { what: 'screening item' });
    expect((await committee.post('assignment', `/screening-items/${problem.id}/decision`, { suitable: true, scope: 'household' })).status).toBe(403);
  });
});
