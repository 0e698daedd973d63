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

    // A double click: the first answer counts, the second is told it was already given.
    const answers = await Promise.all(['basically_satisfied', 'basically_satisfied'].map((s) => resident.post('intake', `/public/problems/${problem.trackingCode}/satisfaction`, { satisfaction: s })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);

    await waitForStage(admin, problem.id, 'archived');
    const cases = await eventually(() => admin.get('supervision', `/cases?q=${problem.reference}`), (r) => r.body.total === 1, { what: 'the case' });
    expect(cases.body.items[0].satisfaction).toBe('basically_satisfied');
    const history = (await admin.get('intake', `/problems/${problem.id}/history`)).body.map((h: { kind: string }) => h.kind);
    expect(history.filter((k: string) => k === 'resident_answered')).toHaveLength(1);
  });
});

describe('follow-up answers of residents who joined', () => {
  it('records a joiner’s answer with their own code without settling the follow-up', async () => {
    const people = peopleOf('com-16');
    const admin = await ApiClient.login('admin');
    const problem = await raiseProblem({ communityId: 'com-16' });
    const joined = await resident.post('intake', `/public/problems/${problem.id}/join`, { contact: { phone: '13522223333', consentToCallback: true } });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id, 2);
    await concludeSolved(lead, problem.id);
    await waitForStage(admin, problem.id, 'follow_up');

    const joinerAnswer = await resident.post('intake', `/public/problems/${joined.body.trackingCode}/satisfaction`, { satisfaction: 'dissatisfied' });
    expect(joinerAnswer.status).toBe(200);
    expect(joinerAnswer.body.settlesFollowUp).toBe(false);
    expect((await resident.post('intake', `/public/problems/${joined.body.trackingCode}/satisfaction`, { satisfaction: 'satisfied' })).status).toBe(409);
    // Still waiting for the first reporter (or a call-back).
    expect((await admin.get('intake', `/problems/${problem.id}`)).body.stage).toBe('follow_up');

    const own = await resident.post('intake', `/public/problems/${problem.trackingCode}/satisfaction`, { satisfaction: 'satisfied' });
    expect(own.body.settlesFollowUp).toBe(true);
    await waitForStage(admin, problem.id, 'archived');
  });
});
