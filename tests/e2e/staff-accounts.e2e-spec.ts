import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ApiClient, PRODUCTION_TEST_SECRETS, startApp, stopPid, testEnvironment } from '@shangliang/testing';

const NEW_PASSWORD = 'a long passphrase of my own';

async function signIn(username: string, password: string) {
  const res = await new ApiClient().post('assignment', '/auth/login', { username, password });
  return { status: res.status, body: res.body, client: new ApiClient(res.body?.token) };
}

describe('staff accounts, managed by admins', () => {
  let admin: ApiClient;

  beforeAll(async () => {
    admin = await ApiClient.login('admin');
  });

  it('creates an account with a one-time password that must be changed before anything else', async () => {
    const created = await admin.post('assignment', '/admin/staff-accounts', { username: 'convener-new-003', displayName: '新召集人', role: 'convener', localityId: 'loc-003' });
    expect(created.status).toBe(201);
    expect(created.body.account).toMatchObject({ username: 'convener-new-003', role: 'convener', localityId: 'loc-003', mustChangePassword: true, active: true });
    expect(created.body.account).not.toHaveProperty('passwordHash');

    const first = await signIn('convener-new-003', created.body.oneTimePassword);
    expect(first.status).toBe(200);
    expect((await first.client.get('assignment', '/auth/me')).body).toMatchObject({ mustChangePassword: true });
    const blocked = await first.client.get('assignment', '/screening-items');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('password_change_required');

    const short = await first.client.post('assignment', '/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.fields[0].field).toBe('newPassword');
    const changed = await first.client.post('assignment', '/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(200);
    // The one-time session ends; the fresh token works.
    expect((await first.client.get('assignment', '/auth/me')).status).toBe(401);
    const renewed = new ApiClient(changed.body.token);
    expect((await renewed.get('assignment', '/screening-items')).status).toBe(200);
    expect((await signIn('convener-new-003', created.body.oneTimePassword)).status).toBe(401);
    expect((await signIn('convener-new-003', NEW_PASSWORD)).status).toBe(200);
  });

  it('applies a change of role and place, a reset and a disabling to tokens already issued, at once', async () => {
    const created = await admin.post('assignment', '/admin/staff-accounts', { username: 'leader-moving', displayName: '调动的组长', role: 'convener', localityId: 'loc-004' });
    const id = created.body.account.id;
    const first = await signIn('leader-moving', created.body.oneTimePassword);
    const changed = await first.client.post('assignment', '/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: NEW_PASSWORD });
    const staff = new ApiClient(changed.body.token);
    expect((await staff.get('assignment', '/screening-items')).status).toBe(200);

    // Moved to a member's role: the same token no longer screens.
    const moved = await admin.patch('assignment', `/admin/staff-accounts/${id}`, { placement: { role: 'member', memberId: 'mem-001' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ role: 'member', memberId: 'mem-001', localityId: null });
    expect((await staff.get('assignment', '/auth/me')).body).toMatchObject({ role: 'member', memberId: 'mem-001' });
    expect((await staff.get('assignment', '/screening-items')).status).toBe(403);

    // A reset ends the session.
    const reset = await admin.post('assignment', `/admin/staff-accounts/${id}/password-reset`, {});
    expect(reset.status).toBe(200);
    expect((await staff.get('assignment', '/auth/me')).status).toBe(401);
    expect((await signIn('leader-moving', NEW_PASSWORD)).status).toBe(401);
    const again = await signIn('leader-moving', reset.body.oneTimePassword);
    expect(again.status).toBe(200);

    // Disabled: refused at once, on every service, and at sign-in.
    expect((await admin.patch('assignment', `/admin/staff-accounts/${id}`, { active: false })).status).toBe(200);
    const routes = { intake: '/problems', assignment: '/auth/me', consultation: '/dashboard/figures', supervision: '/dashboard/figures' } as const;
    for (const [service, path] of Object.entries(routes) as [keyof typeof routes, string][]) {
      expect({ service, status: (await again.client.get(service, path)).status }).toEqual({ service, status: 401 });
    }
    expect((await signIn('leader-moving', reset.body.oneTimePassword)).status).toBe(401);

    const audit = await admin.get('assignment', `/admin/audit?entity=staff_account&entityId=${id}`);
    expect(audit.body.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(audit.body)).not.toMatch(/passwordHash|scrypt\$/);
  });

  it('refuses bad placements naming the field, and an admin disabling themselves', async () => {
    const noPlace = await admin.post('assignment', '/admin/staff-accounts', { username: 'nowhere-1', displayName: 'x', role: 'convener' });
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.fields[0].field).toBe('localityId');
    const countyPlace = await admin.post('assignment', '/admin/staff-accounts', { username: 'nowhere-2', displayName: 'x', role: 'convener', localityId: 'cloc-01' });
    expect(countyPlace.status).toBe(400);
    const notLeader = await admin.post('assignment', '/admin/staff-accounts', { username: 'nowhere-3', displayName: 'x', role: 'group_leader', memberId: 'mem-002' });
    expect([400, 201]).toContain(notLeader.status);
    const taken = await admin.post('assignment', '/admin/staff-accounts', { username: 'admin', displayName: 'x', role: 'supervisor' });
    expect(taken.status).toBe(409);
    const me = (await admin.get('assignment', '/auth/me')).body;
    expect((await admin.patch('assignment', `/admin/staff-accounts/${me.staffId}`, { active: false })).status).toBe(409);
  });

  it("keeps each council's admins to their own council's accounts", async () => {
    const county = await ApiClient.login('county-admin');
    const listed = (await county.get('assignment', '/admin/staff-accounts')).body as { username: string; councilId: string }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((a) => a.councilId === 'council-county')).toBe(true);
    expect(listed.map((a) => a.username)).not.toContain('admin');
    const cityAdmin = (await admin.get('assignment', '/auth/me')).body;
    expect((await county.patch('assignment', `/admin/staff-accounts/${cityAdmin.staffId}`, { active: false })).status).toBe(404);
    expect((await county.post('assignment', `/admin/staff-accounts/${cityAdmin.staffId}/password-reset`, {})).status).toBe(404);
    expect((await admin.get('assignment', '/auth/me')).status).toBe(200);
  });
});

describe('production mode', () => {
  const strong = PRODUCTION_TEST_SECRETS;

  it('refuses to start any service with a committed, short or missing secret, naming it', () => {
    const cases: [string, Record<string, string>][] = [
      ['AUTH_TOKEN_SECRET', { ...strong, AUTH_TOKEN_SECRET: 'test-only-token-secret-0123456789' }],
      ['AUTH_TOKEN_SECRET', { ...strong, AUTH_TOKEN_SECRET: 'dev-only-token-secret-change-me' }],
      ['AUTH_TOKEN_SECRET', { ...strong, AUTH_TOKEN_SECRET: 'short-but-not-committed-1234' }],
      ['PII_DIGEST_SECRET', { ...strong, PII_DIGEST_SECRET: 'test-only-pii-secret-0123456789' }],
      ['SMS_ACCESS_KEY_SECRET', { ...strong, SMS_ACCESS_KEY_SECRET: 'test-only-sms-secret-0123456789' }],
      ['INTERNAL_API_SECRET', { ...strong, INTERNAL_API_SECRET: 'test-only-internal-secret-0123456789' }],
    ];
    const readsOnly: Record<string, string[]> = { PII_DIGEST_SECRET: ['intake'], SMS_ACCESS_KEY_SECRET: ['notifications'], INTERNAL_API_SECRET: ['intake', 'notifications', 'consultation', 'supervision'] };
    for (const service of ['intake', 'assignment', 'consultation', 'supervision', 'notifications']) {
      for (const [variable, secrets] of cases) {
        if (readsOnly[variable] && !readsOnly[variable].includes(service)) continue;
        const run = spawnSync(process.execPath, [join(testEnvironment.distDir, 'apps', service, 'src/main.js')], {
          cwd: testEnvironment.root,
          env: { ...process.env, ...secrets, NODE_ENV: 'production', [`${service.toUpperCase()}_PORT`]: '7909' },
          encoding: 'utf8',
          timeout: 30_000,
        });
        expect({ service, variable, status: run.status }).toEqual({ service, variable, status: 1 });
        expect(run.stderr).toContain(variable);
      }
    }
  });

  it('starts with secrets of its own, and refuses a token signed with the development secret', async () => {
    const pid = await startApp('assignment', { ...strong, NODE_ENV: 'production', ASSIGNMENT_PORT: '7909' });
    try {
      const health = await fetch('http://127.0.0.1:7909/health');
      expect(health.status).toBe(200);
      const devToken = (await ApiClient.login('admin')).token;
      const refused = await fetch('http://127.0.0.1:7909/auth/me', { headers: { authorization: `Bearer ${devToken}` } });
      expect(refused.status).toBe(401);
    } finally {
      await stopPid(pid);
    }
  });
});
