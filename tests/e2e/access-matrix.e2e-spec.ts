import { randomUUID } from 'node:crypto';
import { ApiClient, HTTP_SERVICES, registeredRoutes, resetPublicRateLimits } from '@shangliang/testing';
import { claimTeam, peopleOf, raiseProblem, referToDepartment, screenSuitable, waitForStage } from './support/problem-flows';

type Role = 'admin' | 'vice_chair' | 'committee' | 'group_leader' | 'member' | 'convener' | 'supervisor' | 'department';
const ROLES: Role[] = ['admin', 'vice_chair', 'committee', 'group_leader', 'member', 'convener', 'supervisor', 'department'];
const ALL = ROLES;
const except = (...denied: Role[]) => ROLES.filter((r) => !denied.includes(r));

/**
 * Who may call a route: staff of the listed roles; anyone (`public`); or only a caller with the
 * route's own credential (`credential`: a hotline partner's signature, an Open311 api_key) — a
 * staff token grants nothing there.
 */
type Rule = Role[] | 'public' | 'credential';

const people = peopleOf('com-15');
/** Each council's login per role; a second council's staff are checked against the same rules. */
const COUNCILS: { council: string; logins: Record<Role, string> }[] = [
  {
    council: 'city',
    logins: {
      admin: 'admin',
      vice_chair: 'vicechair-vc-1',
      committee: 'committee-cmt-01',
      group_leader: people.leader,
      member: people.members[0],
      convener: people.convener,
      supervisor: 'supervisor',
      department: 'dept-housing',
    },
  },
  {
    council: 'county',
    logins: {
      admin: 'county-admin',
      vice_chair: 'vicechair-cvc-1',
      committee: 'committee-ccmt-01',
      group_leader: 'leader-cgrp-01',
      member: 'member-cmem-02',
      convener: 'convener-cloc-01',
      supervisor: 'county-supervisor',
      department: 'cdept-housing',
    },
  },
];

/** Who leads a consultation team, and so decides on its referrals' requests. */
const TEAM_LEADS: Role[] = ['member', 'group_leader'];
const REFERRAL_READERS: Role[] = ['department', 'supervisor', 'admin', ...TEAM_LEADS];
const FIGURE_READERS: Role[] = except('department');
const SUGGESTION_DRAFTERS: Role[] = ['member', 'group_leader', 'committee', 'admin'];
const SCREENERS: Role[] = ['convener', 'group_leader', 'committee', 'vice_chair', 'supervisor', 'admin'];
/**
 * The spec of who may do what: every route the five services register, as registered (method
 * and path with its parameters). A route missing here fails the suite, so a new route cannot
 * ship without an access rule; a rule whose route is gone fails it too.
 */
const RULES: Record<string, Rule> = {
  'intake GET /health': 'public',
  'intake POST /problems': 'public',
  'intake GET /problems': except('department'),
  'intake GET /problems/:id': except('department'),
  'intake GET /problems/:id/history': except('department'),
  'intake GET /problems/:id/similar': except('department'),
  'intake GET /problems/:id/contact': ['convener', 'group_leader', 'supervisor', 'admin'],
  'intake POST /problems/:id/awaiting-resident': ['convener', 'group_leader', 'member', 'supervisor', 'admin'],
  'intake POST /problems/:id/resident-replied': ['convener', 'group_leader', 'member', 'supervisor', 'admin'],
  'intake POST /problems/:id/merge': ['convener', 'group_leader', 'admin'],
  'intake POST /problems/:id/unmerge': ['convener', 'group_leader', 'admin'],
  'intake GET /public/problems/:trackingCode': 'public',
  'intake POST /public/problems/similar': 'public',
  'intake POST /public/problems/:id/join': 'public',
  'intake POST /public/problems/:trackingCode/satisfaction': 'public',
  'intake POST /public/problems/:trackingCode/reply': 'public',
  'intake POST /public/problems/:trackingCode/photos': 'public',
  'intake GET /public/problems/:trackingCode/photos': 'public',
  'intake GET /public/photos/:id': 'public',
  'intake GET /public/studios': 'public',
  'intake GET /public/communities': 'public',
  'intake POST /admin/residents/anonymise-expired': ['admin'],
  'intake GET /admin/api-keys': ['admin'],
  'intake POST /admin/api-keys': ['admin'],
  'intake DELETE /admin/api-keys/:id': ['admin'],
  'intake GET /hotline/partners': ['admin'],
  'intake POST /hotline/partners': ['admin'],
  'intake PATCH /hotline/partners/:id': ['admin'],
  'intake GET /hotline/partners/:partnerId/orders/:orderNumber': ['admin'],
  'intake POST /hotline/partners/:partnerId/imports': ['admin'],
  'intake GET /hotline/imports': ['admin'],
  'intake GET /hotline/imports/:id': ['admin'],
  'intake POST /hotline/partners/:partnerId/work-orders': 'credential',
  'intake POST /internal/resident-contacts/resolve': 'credential', // signed by our own services
  'intake POST /internal/figures': 'credential', // the figures' intake part, asked by supervision
  'intake GET /open311/v2/discovery.:format': 'public',
  'intake GET /open311/v2/services.:format': 'public',
  'intake GET /open311/v2/services/:code.:format': 'public',
  'intake POST /open311/v2/requests.:format': 'credential',
  'intake GET /open311/v2/requests.:format': 'public',
  'intake GET /open311/v2/requests/:id.:format': 'public',
  'intake GET /open311/v2/tokens/:id.:format': 'public',
  'assignment GET /health': 'public',
  'assignment POST /auth/login': 'public',
  'assignment GET /auth/me': ALL,
  'assignment POST /auth/password': ALL,
  'assignment GET /admin/staff-accounts': ['admin'],
  'assignment GET /calendar/status': ROLES,
  'assignment GET /admin/calendar': ['admin'],
  'assignment POST /admin/calendar/adjustments': ['admin'],
  'assignment DELETE /admin/calendar/adjustments/:id': ['admin'],
  'assignment POST /admin/staff-accounts': ['admin'],
  'assignment PATCH /admin/staff-accounts/:id': ['admin'],
  'assignment POST /admin/staff-accounts/:id/password-reset': ['admin'],
  'assignment GET /departments': ALL,
  'assignment GET /screening-items': SCREENERS,
  'assignment GET /screening-items/:problemId': SCREENERS,
  'assignment POST /screening-items/:problemId/decision': ['convener', 'group_leader', 'committee', 'vice_chair', 'admin'],
  'assignment GET /claim-items': except('department'),
  'assignment GET /claim-items/:problemId': except('department'),
  'assignment GET /claim-items/:problemId/candidates': except('department'),
  'assignment POST /claim-items/:problemId/claims': ['member', 'group_leader'],
  'assignment POST /claim-items/:problemId/team': ['group_leader', 'committee', 'vice_chair', 'admin'],
  'assignment GET /admin/organisation': ['admin', 'vice_chair'],
  'assignment GET /admin/councils': ['admin'],
  'assignment POST /admin/councils': ['admin'],
  'assignment POST /admin/vice-chairs': ['admin'],
  'assignment POST /admin/committees': ['admin'],
  'assignment PATCH /admin/committees/:id': ['admin'],
  'assignment GET /admin/localities': ['admin'],
  'assignment POST /admin/localities': ['admin'],
  'assignment PATCH /admin/localities/:id': ['admin'],
  'assignment GET /admin/communities': ['admin'],
  'assignment POST /admin/communities': ['admin'],
  'assignment PATCH /admin/communities/:id': ['admin'],
  'assignment GET /admin/members': ['admin'],
  'assignment POST /admin/members': ['admin'],
  'assignment PATCH /admin/members/:id': ['admin'],
  'assignment GET /admin/groups': ['admin'],
  'assignment POST /admin/groups': ['admin'],
  'assignment PATCH /admin/groups/:id': ['admin'],
  'assignment POST /admin/groups/balance': ['admin'],
  'assignment GET /admin/departments': ['admin'],
  'assignment POST /admin/departments': ['admin'],
  'assignment PATCH /admin/departments/:id': ['admin'],
  'assignment GET /admin/audit': ['admin'],
  'consultation GET /health': 'public',
  'consultation GET /consultation-items': except('department'),
  'consultation GET /consultation-items/:problemId': except('department'),
  'consultation POST /consultation-items/:problemId/consultations': except('department'),
  'consultation POST /consultation-items/:problemId/sessions': ['admin', 'group_leader', 'member'],
  'consultation POST /consultation-items/:problemId/conclusion': ['admin', 'group_leader', 'member'],
  'consultation POST /consultation-items/:problemId/team': ['admin', 'group_leader'],
  'consultation POST /consultation-items/:problemId/sessions/:sessionId/photos': ['admin', 'group_leader', 'member'],
  'consultation GET /consultation-items/:problemId/sessions/:sessionId/photos/:photoId': except('department'),
  'consultation GET /referrals': REFERRAL_READERS,
  'consultation GET /referrals/:id': REFERRAL_READERS,
  'consultation POST /referrals/:id/response': ['department', 'admin'],
  // The department's steps; the team lead (a member or group leader leading the item's team) decides.
  'consultation POST /referrals/:id/sign': ['department'],
  'consultation POST /referrals/:id/progress': ['department'],
  'consultation POST /referrals/:id/extension-request': ['department'],
  'consultation POST /referrals/:id/extension-decision': TEAM_LEADS,
  'consultation POST /referrals/:id/return': ['department'],
  'consultation POST /referrals/:id/return-decision': TEAM_LEADS,
  'consultation POST /referrals/:id/photos': ['department'],
  'consultation GET /referrals/:id/photos/:photoId': REFERRAL_READERS,
  'consultation POST /referrals/:id/completion': ['department'],
  'consultation POST /referrals/:id/completion-decision': TEAM_LEADS,
  'consultation GET /dashboard/figures': ALL,
  'consultation POST /internal/figures': 'credential', // the figures' consultation part, asked by supervision
  'consultation POST /activities': ['convener', 'admin'],
  'consultation GET /dashboard/cadence': ['admin', 'supervisor', 'vice_chair', 'committee', 'group_leader', 'convener'],
  'supervision GET /health': 'public',
  'supervision GET /supervision-cases': ['supervisor', 'admin', 'vice_chair'],
  'supervision GET /supervision-cases/:id': ['supervisor', 'admin', 'vice_chair'],
  'supervision POST /supervision-cases/:id/resolution': ['supervisor', 'admin'],
  'supervision POST /supervision-cases/:id/actions': ['supervisor', 'admin', 'vice_chair'],
  'supervision GET /supervision-notices': ['department'],
  'supervision POST /supervision-notices/:id/answer': ['department'],
  'supervision POST /follow-ups/:problemId/attempts': ['supervisor', 'convener', 'group_leader', 'admin'],
  'supervision GET /follow-ups': ['supervisor', 'convener', 'group_leader', 'admin'],
  'supervision POST /follow-ups/:problemId': ['supervisor', 'convener', 'group_leader', 'admin'],
  'supervision GET /cases': ALL,
  'supervision GET /cases/:id': ALL,
  'supervision PATCH /cases/:id': ['supervisor', 'convener', 'admin'],
  'supervision GET /dashboard/figures': ALL,
  // The figures and reports: everyone but departments, each within their own area (figures.e2e-spec).
  'supervision GET /figures': FIGURE_READERS,
  'supervision GET /figures.csv': FIGURE_READERS,
  'supervision GET /figures/trend': FIGURE_READERS,
  'supervision GET /figures/departments': FIGURE_READERS,
  'supervision GET /figures/definitions': FIGURE_READERS,
  'supervision GET /figures/areas': FIGURE_READERS,
  'supervision GET /reports/quarterly.docx': FIGURE_READERS,
  'supervision GET /reports/site-meeting.docx': FIGURE_READERS,
  'supervision GET /reports/figures.xlsx': FIGURE_READERS,
  'supervision GET /reports/cases.xlsx': FIGURE_READERS,
  // The suggestion bank (委员建言库): the council's staff read it; members draft, the committee reviews and submits.
  'supervision GET /suggestions': except('department'),
  'supervision GET /suggestions/:id': except('department'),
  'supervision POST /suggestions': SUGGESTION_DRAFTERS,
  'supervision PATCH /suggestions/:id': SUGGESTION_DRAFTERS,
  'supervision POST /suggestions/:id/review-request': SUGGESTION_DRAFTERS,
  'supervision POST /suggestions/:id/review': ['committee', 'admin'],
  'supervision POST /suggestions/:id/submission': ['committee', 'admin'],
  'supervision POST /suggestions/:id/adoption': ['committee', 'admin'],
  'supervision POST /admin/history/cases': ['admin'],
  'supervision POST /admin/history/suggestions': ['admin'],
  'notifications GET /health': 'public',
  // Everyone's own inbox and channels; what they see is theirs alone (notifications.e2e-spec).
  'notifications GET /notifications/inbox': ALL,
  'notifications GET /notifications/inbox/unread-count': ALL,
  'notifications POST /notifications/inbox/:id/read': ALL,
  'notifications POST /notifications/inbox/read-all': ALL,
  'notifications GET /notifications/preferences': ALL,
  'notifications PUT /notifications/preferences': ALL,
  'notifications GET /admin/notifications/departments/:departmentId/channels': ['admin'],
  'notifications PUT /admin/notifications/departments/:departmentId/channels': ['admin'],
  'notifications GET /admin/notifications/deliveries': ['admin'],
  'notifications POST /admin/notifications/deliveries/:id/resend': ['admin'],
  'notifications GET /admin/notifications/sms-sink/messages': ['admin'],
  ...Object.fromEntries(
    (['intake', 'assignment', 'consultation', 'supervision', 'notifications'] as const).flatMap((service) => [
      [`${service} GET /admin/outbox/dead-letters`, ['admin'] as Rule],
      [`${service} POST /admin/outbox/dead-letters/:id/redrive`, ['admin'] as Rule],
    ]),
  ),
};

const ROUTES = HTTP_SERVICES.flatMap((service) => registeredRoutes(service)).map((route) => ({ ...route, key: `${route.service} ${route.method} ${route.path}` }));

/**
 * A request to the route that reads nothing: parameters are fresh UUIDs (Open311's `:format` is
 * `json`), so an allowed caller gets 200/400/404 and a refused one 401/403 before anything is read.
 */
function concretePath(path: string): string {
  return path.replace(/:(\w+)/g, (_, name: string) => (name === 'format' ? 'json' : randomUUID()));
}

/** 401/403 are refusals; a 5xx is a failure in its own right, never "allowed". */
function outcome(status: number): 'allowed' | 401 | 403 | `server error ${number}` {
  if (status >= 500) return `server error ${status}`;
  return status === 401 || status === 403 ? status : 'allowed';
}

describe('access control', () => {
  const anonymous = new ApiClient();
  const staff: { council: string; clients: Record<Role, ApiClient> }[] = [];

  beforeAll(async () => {
    for (const { council, logins } of COUNCILS) {
      const clients = {} as Record<Role, ApiClient>;
      for (const role of ROLES) clients[role] = await ApiClient.login(logins[role]);
      staff.push({ council, clients });
    }
  });

  // Every public route is called by every caller of both councils, faster than any resident
  // could: start each route (and the suites after this one) with the public limits untouched.
  beforeEach(() => resetPublicRateLimits());
  afterAll(() => resetPublicRateLimits());

  it('has an access rule for every route the services register, and no rule for a route that is gone', () => {
    expect(ROUTES.length).toBeGreaterThan(50);
    expect(ROUTES.filter((r) => !(r.key in RULES)).map((r) => r.key)).toEqual([]);
    const registered = new Set(ROUTES.map((r) => r.key));
    expect(Object.keys(RULES).filter((key) => !registered.has(key))).toEqual([]);
  });

  it.each(ROUTES.filter((r) => r.key in RULES).map((r) => [r.key, r] as const))('%s admits exactly its callers', async (_key, route) => {
    const rule = RULES[route.key];
    const path = concretePath(route.path);
    const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
    const send = (client: ApiClient) => client.request(route.service, route.method, path, body).then((res) => outcome(res.status));
    const refused = rule === 'public' ? 'allowed' : rule === 'credential' ? 'refused' : 401;
    const actual: Record<string, unknown> = { anonymous: asExpected(await send(anonymous), refused) };
    const expected: Record<string, unknown> = { anonymous: refused };
    for (const { council, clients } of staff) {
      for (const role of ROLES) {
        const want = rule === 'public' ? 'allowed' : rule === 'credential' ? 'refused' : rule.includes(role) ? 'allowed' : 403;
        expected[`${council} ${role}`] = want;
        actual[`${council} ${role}`] = asExpected(await send(clients[role]), want);
      }
    }
    expect(actual).toEqual(expected);
  });

  describe('by place in the organisation', () => {
    let problemId: string;
    let referralId: string;

    const clients = {} as Record<Role, ApiClient>;

    beforeAll(async () => {
      Object.assign(clients, staff[0].clients);
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

    it("lets only the referred department take its steps, and only the problem's team lead decide on them", async () => {
      const otherDepartment = await ApiClient.login('dept-transport');
      expect((await otherDepartment.post('consultation', `/referrals/${referralId}/sign`, { handlerName: '越权签收' })).status).toBe(403);
      expect((await otherDepartment.post('consultation', `/referrals/${referralId}/return`, { reason: '越权退回' })).status).toBe(403);
      const teammate = await ApiClient.login(people.members[1]);
      for (const client of [teammate, clients.group_leader]) {
        expect((await client.post('consultation', `/referrals/${referralId}/extension-decision`, { approved: true })).status).toBe(403);
        expect((await client.post('consultation', `/referrals/${referralId}/return-decision`, { action: 'take_back' })).status).toBe(403);
      }
      // The lead (the first member to claim) reaches the referral; there is nothing pending to decide.
      expect((await clients.member.get('consultation', `/referrals/${referralId}`)).status).toBe(200);
      expect((await clients.member.post('consultation', `/referrals/${referralId}/extension-decision`, { approved: true })).status).toBe(409);
    });

    it("keeps every role of the county council out of the city's problem, items, referral and figures", async () => {
      const county = staff.find((s) => s.council === 'county')!.clients;
      for (const role of ROLES) {
        const client = county[role];
        const reads = {
          problem: (await client.get('intake', `/problems/${problemId}`)).status,
          claimItem: (await client.get('assignment', `/claim-items/${problemId}`)).status,
          consultationItem: (await client.get('consultation', `/consultation-items/${problemId}`)).status,
          referral: (await client.get('consultation', `/referrals/${referralId}`)).status,
          answer: (await client.post('consultation', `/referrals/${referralId}/response`, { response: '越界答复' })).status,
          sign: (await client.post('consultation', `/referrals/${referralId}/sign`, { handlerName: '越界签收' })).status,
        };
        expect({ role, reads }).toEqual({ role, reads: { problem: 403, claimItem: 403, consultationItem: 403, referral: 403, answer: 403, sign: 403 } });
      }
      const cityFigures = (await clients.admin.get('consultation', '/dashboard/figures')).body;
      const countyFigures = (await county.admin.get('consultation', '/dashboard/figures')).body;
      expect(cityFigures.referrals.total).toBeGreaterThan(0);
      expect(countyFigures.referrals.total).toBe(0);
      const countyList = (await county.supervisor.get('consultation', '/referrals')).body;
      expect(countyList.items.map((r: { id: string }) => r.id)).not.toContain(referralId);
      expect(countyList).toMatchObject({ total: expect.any(Number), totalIsLowerBound: false });
      const cityList = (await clients.supervisor.get('consultation', '/referrals?limit=1')).body;
      expect(cityList).toMatchObject({ total: expect.any(Number), totalIsLowerBound: false });
      expect(cityList.total).toBeGreaterThanOrEqual(1);
    });

    it("keeps Open311 keys and hotline partners to their council's admins", async () => {
      const county = staff.find((s) => s.council === 'county')!.clients;
      const issued = await clients.admin.post('intake', '/admin/api-keys', { name: 'city CRM' });
      expect(issued.status).toBe(201);
      expect((await county.admin.get('intake', '/admin/api-keys')).body.map((k: { id: string }) => k.id)).not.toContain(issued.body.id);
      expect((await county.admin.request('intake', 'DELETE', `/admin/api-keys/${issued.body.id}`)).status).toBe(404);
      expect((await clients.admin.get('intake', '/admin/api-keys')).body.map((k: { id: string }) => k.id)).toContain(issued.body.id);
      const partnerId = `city-${randomUUID().slice(0, 8)}`;
      expect((await clients.admin.post('intake', '/hotline/partners', { id: partnerId, name: '市12345热线' })).status).toBe(201);
      expect(((await county.admin.get('intake', '/hotline/partners')).body as { id: string }[]).map((p) => p.id)).not.toContain(partnerId);
      expect((await county.admin.patch('intake', `/hotline/partners/${partnerId}`, { active: false })).status).toBe(404);
      expect((await county.admin.get('intake', `/hotline/imports?partnerId=${partnerId}`)).body).toEqual([]);
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

/** A route with its own credential refuses every caller without it, with 401 or 403 as its API says. */
function asExpected(actual: ReturnType<typeof outcome>, want: unknown): unknown {
  return want === 'refused' && (actual === 401 || actual === 403) ? 'refused' : actual;
}
