import { ApiClient, eventually } from '@shangliang/testing';
import { peopleOf, raiseProblem, waitForStage } from './support/problem-flows';

describe('retention of residents’ personal data', () => {
  it('anonymises the contacts of closed problems past the retention period and keeps open ones', async () => {
    const admin = await ApiClient.login('admin');
    const people = peopleOf('com-05');
    const convener = await ApiClient.login(people.convener);
    const closed = await raiseProblem({ communityId: 'com-05', title: '私人纠纷', contact: { name: '钱多多', phone: '13566667777', consentToCallback: true } });
    const open = await raiseProblem({ communityId: 'com-05', title: '仍在办理', contact: { name: '孙小圣', phone: '13588889999', consentToCallback: true } });
    await waitForStage(convener, closed.id, 'screening');
    await eventually(() => convener.get('assignment', `/screening-items/${closed.id}`), (r) => r.status === 200, { what: 'screening item' });
    await convener.post('assignment', `/screening-items/${closed.id}/decision`, { suitable: false, reasonCode: 'not_public_interest' });
    await waitForStage(convener, closed.id, 'closed_unsuitable');

    // The test policy keeps contacts for 0 days after closing.
    const swept = await admin.post('intake', '/admin/residents/anonymise-expired', {});
    expect(swept.status).toBe(200);
    expect(swept.body.anonymised).toBeGreaterThanOrEqual(1);

    // Nothing left to call: the contact endpoint has no one for the closed problem.
    expect((await admin.get('intake', `/problems/${closed.id}/contact`)).status).toBe(404);
    const openContacts = (await admin.get('intake', `/problems/${open.id}/contact`)).body;
    expect(openContacts).toEqual([expect.objectContaining({ name: '孙小圣', phone: '13588889999' })]);
    // The closed problem itself, its history and the resident-visible outcome stay.
    expect((await admin.get('intake', `/problems/${closed.id}`)).body).toMatchObject({ stage: 'closed_unsuitable', contact: { name: null, phone: null } });
  });
});
