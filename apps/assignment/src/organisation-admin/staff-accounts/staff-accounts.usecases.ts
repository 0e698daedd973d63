import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hashPassword, type StaffPrincipal } from '@shangliang/auth';
import { conflict, invalidField, notFound } from '@shangliang/http';
import { isUniqueViolation, PrismaService, type Tx } from '@shangliang/persistence';
import { audit } from '../organisation-audit';
import { inCouncil, mustExist } from '../organisation-admin.usecases';
import type { Placement } from './staff-account.commands';

const VIEW = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  councilId: true,
  memberId: true,
  groupId: true,
  localityId: true,
  committeeId: true,
  viceChairId: true,
  departmentId: true,
  active: true,
  mustChangePassword: true,
  passwordChangedAt: true,
  createdAt: true,
} as const;

type PlacementColumns = { memberId: string | null; groupId: string | null; localityId: string | null; committeeId: string | null; viceChairId: string | null; departmentId: string | null };

/** A password for an admin to hand over once; the account must replace it at first sign-in. */
function oneTimePassword(): string {
  return randomBytes(15).toString('base64url');
}

/**
 * Admins manage the staff accounts of their own council: create one (with a one-time password),
 * disable or enable it, reset its password, change its role and place. Every change is audited
 * (never with the password hash); disabling and resetting end the account's sessions at once,
 * and a new role or place applies to the next request (the guard reads the account each time).
 */
@Injectable()
export class StaffAccountsUseCases {
  constructor(private readonly prisma: PrismaService) {}

  list(staff: StaffPrincipal) {
    return this.prisma.staffAccount.findMany({ where: { councilId: staff.councilId }, select: VIEW, orderBy: [{ role: 'asc' }, { username: 'asc' }] });
  }

  async create(staff: StaffPrincipal, input: Placement & { username: string; displayName: string }) {
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    try {
      const account = await this.prisma.$transaction(async (tx) => {
        const placement = await this.resolvePlacement(tx, staff.councilId, input);
        const created = await tx.staffAccount.create({
          data: {
            id: `staff-${randomBytes(6).toString('hex')}`,
            username: input.username,
            displayName: input.displayName,
            passwordHash,
            councilId: staff.councilId,
            role: input.role,
            ...placement,
            mustChangePassword: true,
          },
          select: VIEW,
        });
        await audit(tx, staff, 'create', 'staff_account', created.id, null, created);
        return created;
      });
      return { account, oneTimePassword: password };
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`username ${input.username} is taken`);
      throw error;
    }
  }

  async update(staff: StaffPrincipal, id: string, input: { displayName?: string; active?: boolean; placement?: Placement }) {
    if (id === staff.staffId && (input.active === false || (input.placement && input.placement.role !== 'admin'))) {
      throw conflict('you cannot disable your own account or take away your own admin role');
    }
    return this.prisma.$transaction(async (tx) => {
      const before = await this.lockAccount(tx, staff, id);
      const placement = input.placement ? { role: input.placement.role, ...(await this.resolvePlacement(tx, staff.councilId, input.placement)) } : {};
      const disabling = input.active === false && before.active;
      const after = await tx.staffAccount.update({
        where: { id },
        data: {
          ...placement,
          ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          // A disabled account's tokens must die now, and must not come back if it is enabled again.
          ...(disabling ? { sessionVersion: { increment: 1 } } : {}),
        },
        select: VIEW,
      });
      await audit(tx, staff, 'update', 'staff_account', id, before, after);
      return after;
    });
  }

  /** A new one-time password; the account's sessions end and it must choose a password at sign-in. */
  async resetPassword(staff: StaffPrincipal, id: string) {
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    const account = await this.prisma.$transaction(async (tx) => {
      const before = await this.lockAccount(tx, staff, id);
      const after = await tx.staffAccount.update({
        where: { id },
        data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
        select: VIEW,
      });
      await audit(tx, staff, 'update', 'staff_account', id, { ...before, action: 'password_reset' }, { ...after, action: 'password_reset' });
      return after;
    });
    return { account, oneTimePassword: password };
  }

  private async lockAccount(tx: Tx, staff: StaffPrincipal, id: string) {
    await tx.$queryRaw`SELECT 1 FROM organisation.staff_accounts WHERE id = ${id} FOR UPDATE`;
    const account = await tx.staffAccount.findFirst({ where: { id, councilId: staff.councilId }, select: VIEW });
    if (!account) throw notFound('staff account');
    return account;
  }

  /** The place columns of a role, each checked to exist in the admin's council. */
  private async resolvePlacement(tx: Tx, councilId: string, placement: Placement): Promise<PlacementColumns> {
    const none: PlacementColumns = { memberId: null, groupId: null, localityId: null, committeeId: null, viceChairId: null, departmentId: null };
    const need = (field: keyof Placement): string => {
      const value = placement[field];
      if (!value) throw invalidField(field, `required for the role ${placement.role}`);
      return value;
    };
    switch (placement.role) {
      case 'admin':
      case 'supervisor':
        return none;
      case 'convener': {
        const localityId = need('localityId');
        await mustExist('localityId', tx.locality.findFirst({ where: { id: localityId, ...inCouncil.locality(councilId) } }));
        return { ...none, localityId };
      }
      case 'member':
      case 'group_leader': {
        const memberId = need('memberId');
        const member = await tx.member.findFirst({ where: { id: memberId, ...inCouncil.member(councilId) }, select: { groupId: true } });
        if (!member) throw invalidField('memberId', 'does not exist');
        if (placement.role === 'member') return { ...none, memberId, groupId: member.groupId };
        const led = await tx.memberGroup.findFirst({ where: { leaderMemberId: memberId }, select: { id: true, committeeId: true } });
        if (!led) throw invalidField('memberId', 'does not lead a member group');
        return { ...none, memberId, groupId: led.id, committeeId: led.committeeId };
      }
      case 'committee': {
        const committeeId = need('committeeId');
        await mustExist('committeeId', tx.specialCommittee.findFirst({ where: { id: committeeId, ...inCouncil.committee(councilId) } }));
        return { ...none, committeeId };
      }
      case 'vice_chair': {
        const viceChairId = need('viceChairId');
        await mustExist('viceChairId', tx.viceChair.findFirst({ where: { id: viceChairId, ...inCouncil.viceChair(councilId) } }));
        return { ...none, viceChairId };
      }
      case 'department': {
        const departmentId = need('departmentId');
        await mustExist('departmentId', tx.department.findFirst({ where: { id: departmentId, ...inCouncil.department(councilId) } }));
        return { ...none, departmentId };
      }
    }
  }
}
