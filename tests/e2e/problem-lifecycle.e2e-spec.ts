import { ApiClient, connectTestTemporal, eventually, saveHistory, temporalCli } from '@shangliang/testing';
import type { Client } from '@temporalio/client';
import { problemStateQuery } from '@shangliang/contracts';
import {
  claimTeam,
  peopleOf,
  raiseProblem,
  recordSatisfaction,
  referToDepartment,
  resident,
  resolveSupervisionCase,
  screenSuitable,
  waitForStage,
} from './support/problem-flows';

describe('a problem through the four orders', () => {
  let temporal: Client;
  let admin: ApiClient;

  beforeAll(async () => {
    temporal = await connectTestTemporal();
    admin = await ApiClient.login('admin');
  });
  afterAll(async () => {
    await temporal.connection.close();
  });

  it('carries a problem from the resident to the case bank through democratic supervision', async () => {
    const people = peopleOf('com-01');
    const problem = await raiseProblem();
    expect(problem.workflow.url).toContain(`/workflows/${problem.workflow.workflowId}`);

    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id, 2);
    await waitForStage(admin, problem.id, 'consultation');
    await referToDepartment(lead, problem.id, 'dept-housing', 1_000);
    await waitForStage(admin, problem.id, 'referral');

    // The department stays silent: reminder → urging notice → formal supervision → democratic supervision.
    await waitForStage(admin, problem.id, 'escalation');
    const state = await temporal.workflow.getHandle(problem.workflow.workflowId).query(problemStateQuery);
    expect(state).toMatchObject({ stage: 'escalation', escalated: true, outcome: 'referred', team: { leadMemberId: expect.any(String) } });
    expect(state.escalationRungs).toEqual(['reminder', 'urging_notice', 'formal_supervision', 'democratic_supervision']);
    const escalated = JSON.parse(temporalCli('workflow', 'list', '--query', `Escalated=true AND Stage='escalation'`)) as { execution: { workflowId: string } }[];
    expect(escalated.map((e) => e.execution.workflowId)).toContain(problem.workflow.workflowId);
    await resolveSupervisionCase(problem.id);
    await recordSatisfaction(problem.id);

    const settled = await waitForStage(admin, problem.id, 'archived');
    expect(settled.body.escalated).toBe(true);

    const cases = await eventually(
      () => admin.get('supervision', `/cases?q=${problem.reference}`),
      (r) => r.status === 200 && r.body.total === 1,
      { what: 'the case in the case bank' },
    );
    expect(cases.body.items[0]).toMatchObject({ problemId: problem.id, outcome: 'referred', satisfaction: 'satisfied', departmentId: 'dept-housing' });
    expect(cases.body.items[0].escalationRungs.map((r: { rung: string }) => r.rung)).toEqual(['reminder', 'urging_notice', 'formal_supervision', 'democratic_supervision']);

    const result = await temporal.workflow.getHandle(problem.workflow.workflowId).result();
    expect(result).toMatchObject({ stage: 'archived', outcome: 'referred', satisfaction: 'satisfied' });
    // The settled item no longer counts in the team's current load, and becomes their experience.
    const item = await eventually(() => lead.get('assignment', `/claim-items/${problem.id}`), (r) => r.body.status === 'closed', { what: 'the claim item to close' });
    expect(item.body.claims).toHaveLength(2);
    saveHistory(problem.workflow.workflowId, 'referred-to-democratic-supervision');

    const history = (await admin.get('intake', `/problems/${problem.id}/history`)).body as { kind: string; stage: string; detail: { rung?: string } }[];
    const rungs = history.filter((h) => h.kind === 'escalation_rung').map((h) => h.detail.rung);
    expect(rungs).toEqual(['reminder', 'urging_notice', 'formal_supervision', 'democratic_supervision']);
    const stages = history.filter((h) => h.kind === 'stage_entered').map((h) => h.stage);
    expect(stages).toEqual(['screening', 'assignment', 'consultation', 'referral', 'escalation', 'follow_up', 'archived']);
    expect(history.map((h) => h.kind)).toEqual(expect.arrayContaining(['received', 'team_formed', 'consultation_concluded', 'supervision_resolved', 'follow_up_recorded']));
  });

  it('closes an unsuitable problem with a reason the resident can read', async () => {
    const people = peopleOf('com-02');
    const problem = await raiseProblem({ communityId: 'com-02', title: '家里水管漏水', description: '我家厨房水管漏水，需要找人修。', category: 'utilities' });
    const convener = await ApiClient.login(people.convener);
    await waitForStage(convener, problem.id, 'screening');
    await eventually(() => convener.get('assignment', `/screening-items/${problem.id}`), (r) => r.status === 200, { what: 'screening item' });
    const decision = await convener.post('assignment', `/screening-items/${problem.id}/decision`, {
      suitable: false,
      reasonCode: 'belongs_to_hotline',
      referredTo: '12345 市民服务热线',
    });
    expect(decision.status).toBe(201);

    await waitForStage(convener, problem.id, 'closed_unsuitable');
    const tracked = await resident.get('intake', `/public/problems/${problem.trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({ stage: 'closed_unsuitable', closedReason: { code: 'belongs_to_hotline', zh: '请通过12345热线办理' } });
    expect(tracked.body.referredTo).toBe('12345 市民服务热线');
    const result = await temporal.workflow.getHandle(problem.workflow.workflowId).result();
    expect(result.stage).toBe('closed_unsuitable');
    saveHistory(problem.workflow.workflowId, 'screened-unsuitable');
  });
});
