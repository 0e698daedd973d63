import { ApiClient, eventually, saveHistory } from '@shangliang/testing';
import { claimTeam, concludeSolved, demoCity, peopleOf, raiseProblem, referToDepartment, resident, screenSuitable, waitForStage } from './support/problem-flows';

/**
 * Accountability loops (release 4): supervision that acts, and follow-ups that reopen. Real
 * services, queues and Temporal; deadlines in seconds (infra/config/deadlines.test.json).
 */
const DEPARTMENT = 'dept-housing';

interface HistoryEntry {
  kind: string;
  stage: string;
  detail: Record<string, unknown>;
}

async function historyOf(staff: ApiClient, problemId: string): Promise<HistoryEntry[]> {
  return (await staff.get('intake', `/problems/${problemId}/history`)).body;
}

async function waitForHistory(staff: ApiClient, problemId: string, kind: string, count = 1) {
  return eventually(
    () => historyOf(staff, problemId),
    (h) => h.filter((e) => e.kind === kind).length >= count,
    { timeoutMs: 60_000, what: `${count} "${kind}" in the history of ${problemId}` },
  );
}

/** The team concludes the item's `round` (0 first), once consultation has reopened it. */
async function concludeRound(lead: ApiClient, problemId: string, round: number) {
  await eventually(
    () => lead.get('consultation', `/consultation-items/${problemId}`),
    (r) => r.status === 200 && r.body.status === 'open' && r.body.round === round,
    { timeoutMs: 60_000, what: `consultation round ${round} of ${problemId} to open` },
  );
  await concludeSolved(lead, problemId);
}

/** The resident answers the follow-up question on the tracking page, once the round asks. */
async function residentAnswers(staff: ApiClient, problem: { id: string; trackingCode: string }, satisfaction: string, round: number, reason?: string) {
  await eventually(
    () => staff.get('supervision', `/follow-ups?status=pending&limit=200`),
    (r) => r.status === 200 && r.body.items.some((f: { problemId: string; round: number }) => f.problemId === problem.id && f.round === round),
    { timeoutMs: 60_000, what: `follow-up round ${round} of ${problem.id}` },
  );
  const res = await resident.post('intake', `/public/problems/${problem.trackingCode}/satisfaction`, reason ? { satisfaction, reason } : { satisfaction });
  expect(res.status).toBe(200);
}

async function staffRecords(supervisor: ApiClient, problemId: string, satisfaction: string, round: number, reason?: string) {
  const pending = await eventually(
    () => supervisor.get('supervision', `/follow-ups?status=pending&limit=200`),
    (r) => r.status === 200 && r.body.items.some((f: { problemId: string; round: number }) => f.problemId === problemId && f.round === round),
    { timeoutMs: 60_000, what: `follow-up round ${round} of ${problemId}` },
  );
  expect(pending.body).toMatchObject({ total: expect.any(Number), totalIsLowerBound: false });
  const res = await supervisor.post('supervision', `/follow-ups/${problemId}`, reason ? { satisfaction, reason } : { satisfaction });
  expect(res.status).toBe(201);
}

async function openCaseOf(supervisor: ApiClient, problemId: string, kind: string) {
  const open = await eventually(
    () => supervisor.get('supervision', `/supervision-cases?status=open&kind=${kind}&limit=200`),
    (r) => r.status === 200 && r.body.items.some((c: { problemId: string }) => c.problemId === problemId),
    { timeoutMs: 60_000, what: `a ${kind} case for ${problemId}` },
  );
  expect(open.body).toMatchObject({ total: expect.any(Number), totalIsLowerBound: false });
  return open.body.items.find((c: { problemId: string }) => c.problemId === problemId) as { id: string; actions: string[]; kind: string; level: string };
}

/** The vice-chair over the committee over the community's member group. */
function viceChairOf(communityId: string): string {
  const group = demoCity.memberGroups.find((g) => g.communityId === communityId)!;
  const committee = demoCity.specialCommittees.find((c) => c.id === group.specialCommitteeId)!;
  return `vicechair-${committee.viceChairId}`;
}

describe('accountability loops', () => {
  let admin: ApiClient;
  let supervisor: ApiClient;

  beforeAll(async () => {
    [admin, supervisor] = await Promise.all([ApiClient.login('admin'), ApiClient.login('supervisor')]);
  });

  it('raises a missed supervision notice to the vice-chair, then a point-to-point consultation returns the problem to consultation and on to archive', async () => {
    const people = peopleOf('com-04');
    const problem = await raiseProblem({ communityId: people.communityId, title: '老旧小区外墙脱落' });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id);
    await referToDepartment(lead, problem.id, DEPARTMENT, 1_500);

    // The department stays silent through the ladder: democratic supervision opens a case that acts.
    const supervisionCase = await openCaseOf(supervisor, problem.id, 'democratic_supervision');
    expect(supervisionCase.actions).toEqual(['notice', 'point_to_point', 'finding', 'close']);

    // Bad input names the field; nothing is written.
    const past = await supervisor.post('supervision', `/supervision-cases/${supervisionCase.id}/actions`, { kind: 'notice', text: '请限期答复', dueAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(400);
    expect(JSON.stringify(past.body)).toContain('dueAt');
    const wrongKind = await supervisor.post('supervision', `/supervision-cases/${supervisionCase.id}/actions`, { kind: 'another_round', note: '再议' });
    expect(wrongKind.status).toBe(400);
    expect(JSON.stringify(wrongKind.body)).toContain('kind');

    // 督办函 with its own deadline; a second click while it waits is refused.
    const notice = { kind: 'notice', text: '请于期限内书面答复外墙脱落的整改方案。', dueAt: new Date(Date.now() + 3_000).toISOString() };
    expect((await supervisor.post('supervision', `/supervision-cases/${supervisionCase.id}/actions`, notice)).status).toBe(201);
    expect((await supervisor.post('supervision', `/supervision-cases/${supervisionCase.id}/actions`, notice)).status).toBe(409);
    const department = await ApiClient.login(DEPARTMENT);
    const waiting = await department.get('supervision', '/supervision-notices');
    expect(waiting.body.items.some((n: { reference: string }) => n.reference === problem.reference)).toBe(true);

    // The department misses it too: the case rises to the vice-chair, who is told.
    await waitForHistory(admin, problem.id, 'supervision_raised_to_leadership');
    const risen = await eventually(
      () => supervisor.get('supervision', `/supervision-cases/${supervisionCase.id}`),
      (r) => r.body.level === 'leadership',
      { what: 'the case at the leadership level' },
    );
    expect(risen.body.notices).toEqual([expect.objectContaining({ status: 'missed' })]);
    const viceChair = await ApiClient.login(viceChairOf(people.communityId));
    await eventually(
      () => viceChair.get('notifications', '/notifications/inbox?limit=200'),
      (r) => r.status === 200 && r.body.items.some((i: { title: string }) => i.title.includes(problem.reference) && i.title.includes('提级')),
      { what: "the vice-chair's inbox" },
    );
    // Another vice-chair's area is not theirs to act on, this one's is.
    const finding = await viceChair.post('supervision', `/supervision-cases/${supervisionCase.id}/actions`, { kind: 'finding', finding: 'department_at_fault', reasons: '住建局两次逾期未答复。', measures: '约谈分管负责人。' });
    expect(finding.status).toBe(201);

    // 点对点协商: back to consultation with the department at the table, then follow-up and archive.
    expect((await supervisor.post('supervision', `/supervision-cases/${supervisionCase.id}/actions`, { kind: 'point_to_point', note: '召集住建局与住户代表面对面协商' })).status).toBe(201);
    const reopened = await eventually(
      () => lead.get('consultation', `/consultation-items/${problem.id}`),
      (r) => r.body.status === 'open' && r.body.round === 1,
      { timeoutMs: 60_000, what: 'the item open again' },
    );
    expect(reopened.body).toMatchObject({ reopenReason: 'point_to_point', participantDepartmentId: DEPARTMENT });
    await concludeRound(lead, problem.id, 1);
    await staffRecords(supervisor, problem.id, 'satisfied', 0);
    await waitForStage(admin, problem.id, 'archived');

    const kinds = (await historyOf(admin, problem.id)).map((h) => (h.kind === 'stage_entered' ? `→${h.stage}` : h.kind));
    const expected = [
      '→referral',
      'escalation_rung',
      '→escalation',
      'supervision_notice_issued',
      'supervision_raised_to_leadership',
      'supervision_finding',
      'supervision_point_to_point',
      '→consultation',
      'consultation_concluded',
      '→follow_up',
      'follow_up_recorded',
      '→archived',
    ];
    let at = 0;
    for (const kind of kinds) if (kind === expected[at]) at++;
    expect(expected.slice(0, at)).toEqual(expected);
    saveHistory(problem.workflow.workflowId, 'supervision-notice-missed-then-point-to-point.release-4');
  });

  it('reopens a problem the resident is dissatisfied with, and archives it once they are satisfied; the tracking page shows each step', async () => {
    const people = peopleOf('com-05');
    const problem = await raiseProblem({ communityId: people.communityId, title: '单元门禁经常失灵' });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id);
    await concludeRound(lead, problem.id, 0);
    await residentAnswers(admin, problem, 'dissatisfied', 0, '门禁修了两天又坏了');

    await waitForHistory(admin, problem.id, 'reopened');
    const tracked = await eventually(
      () => resident.get('intake', `/public/problems/${problem.trackingCode}`),
      (r) => r.body.reopenCount === 1 && r.body.stage === 'consultation',
      { what: 'the tracking page to show the reopening' },
    );
    expect(tracked.body.history.map((h: { kind: string }) => h.kind)).toEqual(expect.arrayContaining(['resident_answered', 'reopened']));
    // The consultation service reopens the item when the workflow's request reaches it, just after
    // the stage is recorded in the problem bank.
    const item = await eventually(
      () => lead.get('consultation', `/consultation-items/${problem.id}`),
      (r) => r.status === 200 && r.body.status === 'open' && r.body.round === 1,
      { timeoutMs: 60_000, what: 'the item open again' },
    );
    expect(item.body).toMatchObject({ reopenReason: 'dissatisfied' });

    // The same team unless the group leader changes it: a new lead from the group takes it on.
    const memberId = (login: string) => login.replace(/^member-/, '');
    const newTeam = { leadMemberId: memberId(people.members[2]), memberIds: [memberId(people.members[2]), memberId(people.members[0])] };
    expect((await lead.post('consultation', `/consultation-items/${problem.id}/team`, newTeam)).status).toBe(403);
    const groupLeader = await ApiClient.login(people.leader);
    const outsider = await groupLeader.post('consultation', `/consultation-items/${problem.id}/team`, { leadMemberId: 'mem-999', memberIds: ['mem-999'] });
    expect(outsider.status).toBe(400);
    expect((await groupLeader.post('consultation', `/consultation-items/${problem.id}/team`, newTeam)).body).toMatchObject(newTeam);
    const newLead = await ApiClient.login(people.members[2]);

    await concludeRound(newLead, problem.id, 1);
    await residentAnswers(admin, problem, 'satisfied', 1);
    await waitForStage(admin, problem.id, 'archived');
    const archived = await resident.get('intake', `/public/problems/${problem.trackingCode}`);
    expect(archived.body).toMatchObject({ stage: 'archived', result: 'resolved', reopenCount: 1 });
    const cases = await eventually(
      () => admin.get('supervision', `/cases?limit=200`),
      (r) => r.status === 200 && r.body.items.some((c: { problemId: string }) => c.problemId === problem.id),
      { what: 'the case in the case bank' },
    );
    expect(cases.body.items.find((c: { problemId: string }) => c.problemId === problem.id)).toMatchObject({ result: 'resolved', reopenCount: 1, satisfaction: 'satisfied' });
    saveHistory(problem.workflow.workflowId, 'reopened-once-then-satisfied.release-4');
  });

  it('after two reopens, a third dissatisfaction goes to a supervisor, who archives it unresolved with an explanation the resident reads', async () => {
    const people = peopleOf('com-06');
    const problem = await raiseProblem({ communityId: people.communityId, title: '楼下餐馆油烟扰民' });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id);
    for (const round of [0, 1, 2]) {
      await concludeRound(lead, problem.id, round);
      // A dissatisfied answer without the reason names the field.
      if (round === 0) {
        await eventually(() => supervisor.get('supervision', `/follow-ups?status=pending&limit=200`), (r) => r.body.items.some((f: { problemId: string }) => f.problemId === problem.id), { what: 'the follow-up' });
        const bad = await supervisor.post('supervision', `/follow-ups/${problem.id}`, { satisfaction: 'dissatisfied' });
        expect(bad.status).toBe(400);
        expect(JSON.stringify(bad.body)).toContain('reason');
      }
      await staffRecords(supervisor, problem.id, 'dissatisfied', round, `第${round + 1}次回访：油烟仍然很大`);
    }
    const supervisionCase = await openCaseOf(supervisor, problem.id, 'repeated_dissatisfaction');
    expect(supervisionCase.actions).toEqual(['finding', 'another_round', 'archive_unresolved']);
    expect((await historyOf(admin, problem.id)).filter((h) => h.kind === 'reopened')).toHaveLength(2);

    const explanation = '餐馆已安装净化设备并经检测达标，住户仍不满意；已告知可向生态环境部门申请复测。';
    expect((await supervisor.post('supervision', `/supervision-cases/${supervisionCase.id}/actions`, { kind: 'archive_unresolved', explanation })).status).toBe(201);
    expect((await supervisor.post('supervision', `/supervision-cases/${supervisionCase.id}/actions`, { kind: 'archive_unresolved', explanation })).status).toBe(409);
    await waitForStage(admin, problem.id, 'archived');
    const tracked = await resident.get('intake', `/public/problems/${problem.trackingCode}`);
    expect(tracked.body).toMatchObject({ stage: 'archived', result: 'unresolved', explanation, reopenCount: 2 });
    saveHistory(problem.workflow.workflowId, 'dissatisfied-three-times-archived-unresolved.release-4');
  });

  it('archives a problem as not reached after the call-backs the policy allows reach nobody', async () => {
    const people = peopleOf('com-07');
    const problem = await raiseProblem({ communityId: people.communityId, title: '公园健身器材损坏' });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id);
    await concludeRound(lead, problem.id, 0);
    await eventually(() => supervisor.get('supervision', `/follow-ups?status=pending&limit=200`), (r) => r.body.items.some((f: { problemId: string }) => f.problemId === problem.id), { what: 'the follow-up' });
    const attempts = [];
    for (let i = 0; i < 3; i++) attempts.push((await supervisor.post('supervision', `/follow-ups/${problem.id}/attempts`, {})).body);
    expect(attempts.map((a) => a.status)).toEqual(['pending', 'pending', 'not_reached']);
    expect((await supervisor.post('supervision', `/follow-ups/${problem.id}/attempts`, {})).status).toBe(409);
    await waitForStage(admin, problem.id, 'archived');
    const tracked = await resident.get('intake', `/public/problems/${problem.trackingCode}`);
    expect(tracked.body).toMatchObject({ result: 'not_reached' });
    saveHistory(problem.workflow.workflowId, 'follow-up-not-reached.release-4');
  });
});
