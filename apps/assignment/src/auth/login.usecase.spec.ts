import type { JwtService } from '@nestjs/jwt';
import * as auth from '@shangliang/auth';
import type { LoginThrottle } from './login-throttle';
import { LoginUseCase } from './login.usecase';
import type { StaffCredentials } from '../organisation-admin/staff-accounts/staff-credentials';

jest.mock('@shangliang/auth', () => {
  const actual = jest.requireActual('@shangliang/auth');
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});
const verifyPassword = auth.verifyPassword as jest.MockedFunction<typeof auth.verifyPassword>;

const PASSWORD = 'shangliang-demo';

async function setup(account: Record<string, unknown> | null, decision: Awaited<ReturnType<LoginThrottle['attempt']>> = { allowed: true }) {
  const stored = account ? { id: 'staff-1', username: 'convener-loc-003', passwordHash: await auth.hashPassword(PASSWORD, { ln: 10, r: 8, p: 1 }), role: 'convener', displayName: '召集人', councilId: 'council-city', memberId: null, groupId: null, localityId: 'loc-003', committeeId: null, viceChairId: null, departmentId: null, active: true, sessionVersion: 3, mustChangePassword: false, ...account } : null;
  const directory = { findByUsername: jest.fn().mockResolvedValue(stored), upgradeIfWeak: jest.fn().mockResolvedValue(undefined) };
  const jwt = { signAsync: jest.fn().mockResolvedValue('signed-token') };
  const throttle = { attempt: jest.fn().mockResolvedValue(decision), succeeded: jest.fn().mockResolvedValue(undefined) };
  const login = new LoginUseCase(directory as unknown as StaffCredentials, jwt as unknown as JwtService, throttle);
  verifyPassword.mockClear();
  return { login, directory, throttle, jwt };
}

const outcome = (p: Promise<unknown>) => p.then(() => 'signed in', (e: { status: number; code: string }) => `${e.status} ${e.code}`);

describe('signing in', () => {
  it('signs a known account in with the right password and clears its failed attempts', async () => {
    const { login, throttle, jwt, directory } = await setup({});
    await expect(login.execute('convener-loc-003', PASSWORD, '10.0.0.1')).resolves.toMatchObject({ token: 'signed-token', staff: { staffId: 'staff-1', role: 'convener' } });
    expect(throttle.succeeded).toHaveBeenCalledWith({ username: 'convener-loc-003', address: '10.0.0.1', password: PASSWORD });
    // The token names the account and its session version only; the services read the rest.
    expect(jwt.signAsync).toHaveBeenCalledWith({ sv: 3 }, { subject: 'staff-1' });
    // A hash made at a lower cost is replaced at today's.
    expect(directory.upgradeIfWeak).toHaveBeenCalledWith('staff-1', expect.stringMatching(/^scrypt\$ln=10,/), PASSWORD);
  });

  it('runs scrypt for an unknown username too, so the time taken does not reveal which usernames exist', async () => {
    const { login, throttle } = await setup(null);
    expect(await outcome(login.execute('nobody', PASSWORD, '10.0.0.1'))).toBe('401 unauthenticated');
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    expect(verifyPassword.mock.calls[0][1]).toMatch(/^scrypt\$/);
    await expect(verifyPassword.mock.results[0].value).resolves.toBe(false);
    expect(throttle.succeeded).not.toHaveBeenCalled();
  });

  it('gives the same answer, after the same work, for a wrong password and an inactive account', async () => {
    const wrong = await setup({});
    expect(await outcome(wrong.login.execute('convener-loc-003', 'guess', '10.0.0.1'))).toBe('401 unauthenticated');
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    const inactive = await setup({ active: false });
    expect(await outcome(inactive.login.execute('convener-loc-003', PASSWORD, '10.0.0.1'))).toBe('401 unauthenticated');
    expect(verifyPassword).toHaveBeenCalledTimes(1);
  });

  it('refuses with 429 rate_limited once the account has failed too often from this address, without checking the password', async () => {
    const { login, directory } = await setup({}, { allowed: false, limitedBy: 'account', retryAfterSeconds: 600 });
    await expect(login.execute('convener-loc-003', PASSWORD, '10.0.0.1')).rejects.toMatchObject({ status: 429, code: 'rate_limited', message: expect.stringContaining('10 min') });
    expect(directory.findByUsername).not.toHaveBeenCalled();
    expect(verifyPassword).not.toHaveBeenCalled();
  });
});
