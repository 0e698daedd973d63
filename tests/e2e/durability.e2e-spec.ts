import { problemWorkflowId } from '@shangliang/contracts';
import { ApiClient, connectTestTemporal, eventually, restartTemporal, runningPids, saveHistory, startApp, stopPid, testEnvironment } from '@shangliang/testing';
import {
  claimTeam,
  peopleOf,
  raiseProblem,
  recordSatisfaction,
  referToDepartment,
  resolveSupervisionCase,
  screenSuitable,
  waitForStage,
} from './support/problem-flows';

describe('durability', () => {
  let admin: ApiClient;

  beforeAll(async () => {
    admin = await ApiClient.login('admin');
  });

  it('escalates and completes a problem whose worker was killed while it waited on a deadline', async () => {
    const people = peopleOf('com-04');
    const problem = await raiseProblem({ communityId: 'com-04' });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id, 2);
    await referToDepartment(lead, problem.id, 'dept-urban_management', 3_000);
    await waitForStage(admin, problem.id, 'referral');

    // The problem now waits on the department's deadline; the worker dies without warning.
    for (const pid of runningPids('worker')) await stopPid(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 4_000)); // the deadline passes while no worker runs
    await startApp('worker');

    await resolveSupervisionCase(problem.id);
    await recordSatisfaction(problem.id);
    await waitForStage(admin, problem.id, 'archived');
    const history = (await admin.get('intake', `/problems/${problem.id}/history`)).body as { kind: string; detail: { rung?: string } }[];
    expect(history.filter((h) => h.kind === 'escalation_rung').map((h) => h.detail.rung)).toEqual([
      'reminder',
      'urging_notice',
      'formal_supervision',
      'democratic_supervision',
    ]);
    saveHistory(problem.workflow.workflowId, 'worker-killed-while-referral-waited');
  });

  it('loses nothing when the Temporal dev server restarts', async () => {
    const people = peopleOf('com-05');
    const before = await raiseProblem({ communityId: 'com-05' });
    await waitForStage(admin, before.id, 'screening');

    restartTemporal();

    const temporal = await connectTestTemporal();
    try {
      const description = await temporal.workflow.getHandle(before.workflow.workflowId).describe();
      expect(description.status.name).toBe('RUNNING');
      // The problem raised before the restart carries on, and new ones start.
      const after = await raiseProblem({ communityId: 'com-05', title: '重启之后的新问题' });
      await screenSuitable(people, before.id);
      await claimTeam(people, before.id, 2);
      await waitForStage(admin, before.id, 'consultation');
      await eventually(() => temporal.workflow.getHandle(after.workflow.workflowId).describe(), (d) => d.status.name === 'RUNNING', {
        what: 'the post-restart workflow',
      });
    } finally {
      await temporal.connection.close();
    }
  });

  it('starts the workflow of a problem written while no outbox relay ran', async () => {
    // An intake instance whose relay is off stands for one that crashed right after its commit.
    const port = '4011';
    const pid = await startApp('intake', { INTAKE_PORT: port, OUTBOX_RELAY: 'false' });
    const crashed = await fetch(`http://127.0.0.1:${port}/problems`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '提交后立即崩溃', description: '写入数据库后、启动流程前进程崩溃。', category: 'traffic', communityId: 'com-06' }),
    });
    expect(crashed.status).toBe(201);
    const problem = (await crashed.json()) as { id: string };
    const workflowId = problemWorkflowId(problem.id);
    await stopPid(pid, 'SIGKILL');

    // The surviving intake's relay publishes the committed message: the workflow starts once.
    const temporal = await connectTestTemporal();
    try {
      await eventually(() => temporal.workflow.getHandle(workflowId).describe(), (d) => d.status.name === 'RUNNING', {
        what: 'the workflow of the orphaned problem',
      });
      let runs = 0;
      for await (const _ of temporal.workflow.list({ query: `WorkflowId = '${workflowId}'` })) runs++;
      expect(runs).toBe(1);
    } finally {
      await temporal.connection.close();
    }
    expect(testEnvironment.url('intake')).not.toContain(port);
  });
});
