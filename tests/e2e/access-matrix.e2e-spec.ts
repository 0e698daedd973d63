import { randomUUID } from 'node:crypto';
import { ApiClient } from '@shangliang/testing';
import { claimTeam, peopleOf, raiseProblem, referToDepartment, screenSuitable, waitForStage } from './support/problem-flows';

type Role = 'admin' | 'vice_chair' | 'committee' | 'group_leader' | 'member' | 'convener' | 'supervisor' | 'department';
type Service = 'intake' | 'assignment' | 'consultation' | 'supervision';
const ROLES: Role[] = ['admin', 'vice_chair', 'committee', 'group_leader', 'member', 'convener', 'supervisor', 'department'];
const ALL = ROLES;
const except = (...denied: Role[]) => ROLES.filter((r) => !denied.includes(r));

const people = peopleOf('com-15');
const LOGINS: Record<Role, string> = {
  admin: 'admin',
  vice_chair: 'vicechair-vc-1',
  committee: 'committee-cmt-01',
  group_leader: people.leader,
  member: people.members[0],
  convener: people.convener,
  supervisor: 'supervisor',
  department: 'dept-housing',
};

const none = randomUUID();
/**
 * Every staff endpoint of the four services and the roles its guard lets through. Targets do
 * not exist, so an allowed role gets 200/400/404 and a refused one 403 before anything is read.
 */
const ENDPOINTS: [Service, 'GET' | 'POST' | 'PATCH' | 'DELETE', string, Role[]][] = [
  ['intake', 'GET', '/problems', except('department')],
  ['intake', 'GET', `/problems/${none}`, except('department')],
  ['intake', 'GET', `/problems/${none}/history`, except('department')],
  ['intake', 'GET', `/problems/${none}/contact`, ['convener', 'group_leader', 'supervisor', 'admin']],
  ['intake', 'GET', `/problems/${none}/similar`, except('department')],
  ['intake', 'POST', `/problems/${none}/awaiting-resident`, ['convener', 'group_leader', 'member', 'supervisor', 'admin']],
  ['intake', 'POST', `/problems/${none}/resident-replied`, ['convener', 'group_leader', 'member', 'supervisor', 'admin']],
  ['intake', 'POST', '/admin/residents/anonymise-expired', ['admin']],
  ['intake', 'GET', '/hotline/partners', ['admin']],
  ['intake', 'POST', '/hotline/partners', ['admin']],
  ['intake', 'PATCH', '/hotline/partners/none', ['admin']],
  ['intake', 'GET', '/hotline/partners/none/orders/none', ['admin']],
  ['intake', 'GET', '/hotline/imports', ['admin']],
  ['intake', 'GET', `/hotline/imports/${none}`, ['admin']],
  ['intake', 'GET', '/admin/api-keys', ['admin']],
  ['intake', 'POST', '/admin/api-keys', ['admin']],
  ['intake', 'DELETE', `/admin/api-keys/${none}`, ['admin']],
  ['intake', 'POST', `/problems/${none}/merge`, ['convener', 'group_leader', 'admin']],
  ['intake', 'POST', `/problems/${none}/unmerge`, ['convener', 'group_leader', 'admin']],
  ['assignment', 'GET', '/auth/me', ALL],
  ['assignment', 'GET', '/departments', ALL],
  ['assignment', 'GET', '/screening-items', ['convener', 'group_leader', 'committee', 'vice_chair', 'supervisor', 'admin']],
  ['assignment', 'GET', `/screening-items/${none}`, ['convener', 'group_leader', 'committee', 'vice_chair', 'supervisor', 'admin']],
  ['assignment', 'POST', `/screening-items/${none}/decision`, ['convener', 'group_leader', 'committee', 'vice_chair', 'admin']],
  ['assignment', 'GET', '/claim-items', except('department')],
  ['assignment', 'GET', `/claim-items/${none}`, except('department')],
  ['assignment', 'GET', `/claim-items/${none}/candidates`, except('department')],
  ['assignment', 'POST', `/claim-items/${none}/claims`, ['member', 'group_leader']],
  ['assignment', 'POST', `/claim-items/${none}/team`, ['group_leader', 'committee', 'vice_chair', 'admin']],
  ['assignment', 'GET', '/admin/organisation', ['admin', 'vice_chair']],
  ['assignment', 'GET', '/admin/members', ['admin']],
  ['assignment', 'POST', '/admin/members', ['admin']],
  ['assignment', 'PATCH', '/admin/groups/grp-none', ['admin']],
  ['assignment', 'POST', '/admin/groups/balance', ['admin']],
  ['assignment', 'GET', '/admin/audit', ['admin']],
  ['consultation', 'GET', '/consultation-items', except('department')],
  ['consultation', 'GET', `/consultation-items/${none}`, except('department')],
  ['consultation', 'POST', `/consultation-items/${none}/consultations`, except('department')],
  ['consultation', 'GET', '/referrals', ['department', 'supervisor', 'admin']],
  ['consultation', 'GET', `/referrals/${none}`, ['department', 'supervisor', 'admin']],
  ['consultation', 'POST', `/referrals/${none}/response`, ['department', 'admin']],
  ['consultation', 'GET', '/dashboard/figures', ALL],
  ['consultation', 'POST', '/activities', ['convener', 'admin']],
  ['consultation', 'GET', '/dashboard/cadence', ['admin', 'supervisor', 'vice_chair', 'committee', 'group_leader', 'convener']],
  ['supervision', 'GET', '/supervision-cases', ['supervisor', 'admin', 'vice_chair']],
  ['supervision', 'GET', `/supervision-cases/${none}`, ['supervisor', 'admin', 'vice_chair']],
  ['supervision', 'POST', `/supervision-cases/${none}/resolution`, ['supervisor', 'admin']],
  ['supervision', 'GET', '/follow-ups', ['supervisor', 'convener', 'group_leader', 'admin']],
  ['supervision', 'POST', `/follow-ups/${none}`, ['supervisor', 'convener', 'group_leader', 'admin']],
  ['supervision', 'GET', '/cases', ALL],
  ['supervision', 'GET', `/cases/${none}`, ALL],
  ['supervision', 'PATCH', `/cases/${none}`, ['supervisor', 'convener', 'admin']],
  ['supervision', 'GET', '/dashboard/figures', ALL],
  ...(['intake', 'assignment', 'consultation', 'supervision'] as Service[]).flatMap((service): typeof ENDPOINTS => [
    [service, 'GET', '/admin/outbox/dead-letters', ['admin']],
    [service, 'POST', `/admin/outbox/dead-letters/${none}/redrive`, ['admin']],
  ]),
];

describe('access control', () => {
  const clients = {} as Record<Role, ApiClient>;
  const anonymous = new ApiClient();

  beforeAll(async () => {
    for (const role of ROLES) clients[role] = await ApiClient.login(LOGINS[role]);
  });

  it.each(ENDPOINTS)('%s %s %s admits exactly its roles', async (service, method, path, allowed) => {
    const outcomes: Record<string, number> = {};
    for (const role of ROLES) {
      outcomes[role] = (await clients[role].request(service, method, path, method === 'GET' || method === 'DELETE' ? undefined : {})).status;
    }
    const expected = Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? 'allowed' : 403]));
    const actual = Object.fromEntries(ROLES.map((role) => [role, outcomes[role] === 401 || outcomes[role] === 403 ? outcomes[role] : 'allowed']));
    expect(actual).toEqual(expected);
    expect((await anonymous.request(service, method, path, method === 'GET' || method === 'DELETE' ? undefined : {})).status).toBe(401);
  });

  describe('by place in the organisation', () => {
    let problemId: string;
    let referralId: string;

    beforeAll(async () => {
      const problem = await raiseProblem({ communityId: 'com-15', contact: { name: '王小红', phone: '13912345678', consentToCallback: true } });
      problemId = problem.id;
      await screenSuitable(people, problemId);
      const [lead] = await claimTeam(people, problemId, 2);
      const concluded = await referToDepartment(lead, problemId, 'dept-housing', 600_000);
      referralId = concluded.referralId;
      await waitForStage(clients.admin, problemId, 'referral');
    });

    it("refuses another group's leader and member reading this group's item by id", async () => {
      const otherPeople = peopleOf('com-16');
      const otherLeader = await ApiClient.login(otherPeople.leader);
      const otherMember = await ApiClient.login(otherPeople.members[0]);
      for (const client of [otherLeader, otherMember]) {
        expect((await client.get('assignment', `/claim-items/${problemId}`)).status).toBe(403);
        expect((await client.get('consultation', `/consultation-items/${problemId}`)).status).toBe(403);
        expect((await client.get('intake', `/problems/${problemId}`)).status).toBe(403);
      }
      expect((await clients.group_leader.get('assignment', `/claim-items/${problemId}`)).status).toBe(200);
    });

    it('refuses a convener of another locality and lets this one see the problem', async () => {
      const other = await ApiClient.login('convener-loc-100');
      expect((await other.get('intake', `/problems/${problemId}`)).status).toBe(403);
      expect((await clients.convener.get('intake', `/problems/${problemId}`)).status).toBe(200);
    });

    it('lets only the referred department answer its referral', async () => {
      const otherDepartment = await ApiClient.login('dept-transport');
      expect((await otherDepartment.get('consultation', `/referrals/${referralId}`)).status).toBe(403);
      expect((await otherDepartment.post('consultation', `/referrals/${referralId}/response`, { response: '不是我们的事' })).status).toBe(403);
      expect((await clients.department.get('consultation', `/referrals/${referralId}`)).status).toBe(200);
    });

    it('shows residents’ contact details masked to members and unmasked only to callers-back', async () => {
      const asMember = await clients.member.get('intake', `/problems/${problemId}`);
      expect(asMember.body.contact.phone).toBe('139****5678');
      expect((await clients.member.get('intake', `/problems/${problemId}/contact`)).status).toBe(403);
      const asConvener = await clients.convener.get('intake', `/problems/${problemId}/contact`);
      expect(asConvener.body[0].phone).toBe('13912345678');
    });
  });
});
