import { Injectable } from '@nestjs/common';
import { type StaffPrincipal, verifyPassword } from '@shangliang/auth';
import { DomainError, invalidField } from '@shangliang/http';
import { isStaffRole } from '@shangliang/organisation';
import { StaffCredentials } from '../organisation-admin/staff-accounts/staff-credentials';
import { LoginUseCase, type SignedIn } from './login.usecase';

/**
 * A member of staff replaces their password (after an admin's reset they must, before anything
 * else). Their other sessions end; the answer carries a fresh token for this one.
 */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly credentials: StaffCredentials,
    private readonly login: LoginUseCase,
  ) {}

  async execute(staff: StaffPrincipal, currentPassword: string, newPassword: string): Promise<SignedIn> {
    if (newPassword === currentPassword) throw invalidField('newPassword', 'must differ from the current password');
    const account = await this.credentials.findById(staff.staffId);
    if (!account || !(await verifyPassword(currentPassword, account.passwordHash))) {
      throw invalidField('currentPassword', 'is not your current password');
    }
    const sessionVersion = await this.credentials.replace(account.id, account.passwordHash, newPassword);
    if (sessionVersion === null || !isStaffRole(account.role)) throw new DomainError(409, 'conflict', 'the account changed meanwhile; sign in again');
    return this.login.issue({ ...account, role: account.role, mustChangePassword: false, sessionVersion });
  }
}
