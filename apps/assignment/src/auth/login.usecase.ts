import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hashPassword, type StaffPrincipal, verifyPassword } from '@shangliang/auth';
import { DomainError } from '@shangliang/http';
import { isStaffRole, staffPrincipalOf } from '@shangliang/organisation';
import { StaffCredentials } from '../organisation-admin/staff-accounts/staff-credentials';
import { LOGIN_THROTTLE, type LoginThrottle } from './login-throttle';

export interface SignedIn {
  token: string;
  staff: StaffPrincipal;
}

/**
 * Staff sign in with a username and password and get a signed token every service accepts. The
 * token names the account and its session version only; each service reads the account on every
 * request. Nothing in the answer or its timing tells a known username from an unknown one;
 * guessing and spraying from one address are refused for a while (see LoginThrottle).
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly credentials: StaffCredentials,
    private readonly jwt: JwtService,
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
  ) {}

  async execute(username: string, password: string, address: string): Promise<SignedIn> {
    const attempt = { username, address, password };
    const decision = await this.throttle.attempt(attempt);
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      const what = decision.limitedBy === 'account' ? 'for this account from this address' : 'from this address';
      throw new DomainError(429, 'rate_limited', `too many failed sign-ins ${what}; try again in ${minutes} min`);
    }
    const account = await this.credentials.findByUsername(username);
    // scrypt runs for an unknown username too (against a hash no password matches), so the
    // time taken does not reveal which usernames exist.
    const passwordMatches = await verifyPassword(password, account?.passwordHash ?? (await unmatchableHash()));
    if (!account || !account.active || !passwordMatches || !isStaffRole(account.role)) {
      throw new DomainError(401, 'unauthenticated', 'unknown username or wrong password');
    }
    await this.throttle.succeeded(attempt);
    await this.credentials.upgradeIfWeak(account.id, account.passwordHash, password);
    return this.issue({ ...account, role: account.role });
  }

  /** A token for the account as it is now. */
  async issue(account: Parameters<typeof staffPrincipalOf>[0] & { sessionVersion: number }): Promise<SignedIn> {
    const token = await this.jwt.signAsync({ sv: account.sessionVersion }, { subject: account.id });
    return { token, staff: staffPrincipalOf(account) };
  }
}

let dummyHash: Promise<string> | undefined;

/** A real scrypt hash, made once on first use, of a random password nobody knows. */
function unmatchableHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}
