import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { STAFF_ROLES, type StaffPrincipal, type StaffRole, verifyPassword } from '@shangliang/auth';
import { DomainError } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';

/** Staff sign in with a username and password and get a signed token every service accepts. */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly jwt: JwtService,
  ) {}

  async execute(username: string, password: string): Promise<{ token: string; staff: StaffPrincipal }> {
    const account = await this.directory.staffAccount(username);
    // The same answer whether the user is unknown or the password wrong.
    if (!account || !account.active || !(await verifyPassword(password, account.passwordHash)) || !isRole(account.role)) {
      throw new DomainError(401, 'unauthenticated', 'unknown username or wrong password');
    }
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

function isRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
