import { ApiClient, eventually, temporalCli, testEnvironment } from '@shangliang/testing';
import { claimTeam, peopleOf, raiseProblem, screenSuitable, waitForStage } from './support/problem-flows';


describe('operations in Temporal', () => {
  it('finds problems by stage, community and escalation with the Temporal CLI and the Web UI', async () => {
    const admin = await ApiClient.login('admin');
    const people = peopleOf('com-07');
    const problem = await raiseProblem({ communityId: 'com-07', contact: { name: '周七', phone: '13912340707', consentToCallback: true } });
    await screenSuitable(people, problem.id);
    await claimTeam(people, problem.id, 2);
    await waitForStage(admin, problem.id, 'consultation');

    const listed = await eventually(
      async () => JSON.parse(temporalCli('workflow', 'list', '--query', `Stage='consultation' AND CommunityId='com-07'`)) as { execution: { workflowId: string } }[],
      (rows) => rows.some((r) => r.execution.workflowId === problem.workflow.workflowId),
      { what: 'the CLI to list the problem by stage' },
    );
    expect(listed.length).toBeGreaterThan(0);

    const described = JSON.parse(temporalCli('workflow', 'describe', '--workflow-id', problem.workflow.workflowId));
    expect(JSON.stringify(described)).toContain('public_facilities');
    expect(JSON.stringify(described)).not.toContain('13912340707');

    // The Web UI started by the run serves the same query through its API.
    const uiPort = process.env.TEMPORAL_UI_PORT ?? '8243';
    const query = encodeURIComponent(`Stage="consultation" AND CommunityId="com-07"`);
    const ui = await eventually(
      () => fetch(`http://127.0.0.1:${uiPort}/api/v1/namespaces/${testEnvironment.temporalNamespace}/workflows?query=${query}`).then((r) => r.json() as Promise<{ executions?: { execution: { workflowId: string } }[] }>),
      (body) => (body.executions ?? []).some((e) => e.execution.workflowId === problem.workflow.workflowId),
      { what: 'the Web UI to list the problem' },
    );
    expect(ui.executions!.length).toBeGreaterThan(0);
  });
});
