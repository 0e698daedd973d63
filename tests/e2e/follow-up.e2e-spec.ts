import { ApiClient, eventually } from '@shangliang/testing';
import { claimTeam, concludeSolved, peopleOf, raiseProblem, resident, screenSuitable, waitForStage } from './support/problem-flows';

describe('follow-up (跟进督单)', () => {
  it('archives a solved problem on the resident’s own answer to the follow-up question, once', async () => {
    const people = peopleOf('com-18');
    const admin = await ApiClient.login('admin');
    const problem = await raiseProblem({ communityId: 'com-18' });

    const tooEarly = await resident.post('intake', `/public/problems/${problem.trackingCode}/satisfaction`, { satisfaction: 'satisfied' });
    expect(tooEarly.status).toBe(409);

    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id, 2);
    await concludeSolved(lead, problem.id);
    await waitForStage(admin, problem.id, 'follow_up');

    const bad = await resident.post('intake', `/public/problems/${problem.trackingCode}/satisfaction`, { satisfaction: 'very happy' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('satisfaction');

    const answers = await Promise.all(['basically_satisfied', 'basically_satisfied'].map((s) => resident.post('intake', `/public/problems/${problem.trackingCode}/satisfaction`, { satisfaction: s })));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);

    await waitForStage(admin, problem.id, 'archived');
    const cases = await eventually(() => admin.get('supervision', `/cases?q=${problem.reference}`), (r) => r.body.total === 1, { what: 'the case' });
    expect(cases.body.items[0].satisfaction).toBe('basically_satisfied');
    const history = (await admin.get('intake', `/problems/${problem.id}/history`)).body.map((h: { kind: string }) => h.kind);
    expect(history.filter((k: string) => k === 'resident_answered')).toHaveLength(1);
  });
});
