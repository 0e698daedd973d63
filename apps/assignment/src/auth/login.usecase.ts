import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hashPassword, STAFF_ROLES, type StaffPrincipal, type StaffRole, verifyPassword } from '@shangliang/auth';
import { DomainError } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { LOGIN_THROTTLE, type LoginThrottle } from './login-throttle';

/**
 * Staff sign in with a username and password and get a signed token every service accepts.
 * Nothing in the answer or its timing tells a known username from an unknown one, and an
 * address that keeps guessing one account's password is refused for a while.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly jwt: JwtService,
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
  ) {}

  async execute(username: string, password: string, address: string): Promise<{ token: string; staff: StaffPrincipal }> {
    const attempt = { username, address };
    const decision = await this.throttle.attempt(attempt);
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      throw new DomainError(429, 'rate_limited', `too many failed sign-ins for this account from this address; try again in ${minutes} min`);
    }
    const account = await this.directory.staffAccount(username);
    // scrypt runs for an unknown username too (against a hash no password matches), so the
    // time taken does not reveal which usernames exist.
    const passwordMatches = await verifyPassword(password, account?.passwordHash ?? (await unmatchableHash()));
    if (!account || !account.active || !passwordMatches || !isRole(account.role)) {
      throw new DomainError(401, 'unauthenticated', 'unknown username or wrong password');
    }
    await this.throttle.succeeded(attempt);
    const staff: StaffPrincipal = {
      staffId: account.id,
      role: account.role,
      displayName: account.displayName,
      councilId: account.councilId,
      memberId: account.memberId,
      groupId: account.groupId,
      localityId: account.localityId,
      committeeId: account.committeeId,
      viceChairId: account.viceChairId,
      departmentId: account.departmentId,
    };
    return { token: await this.jwt.signAsync({ ...staff }), staff };
  }
}

let dummyHash: Promise<string> | undefined;

/** A real scrypt hash, made once on first use, of a random password nobody knows. */
function unmatchableHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

function isRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
