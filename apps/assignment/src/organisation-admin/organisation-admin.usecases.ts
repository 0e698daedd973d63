import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { conflict, invalidField, notFound } from '@shangliang/http';
import { PrismaService, type Prisma, type Tx, isUniqueViolation } from '@shangliang/persistence';
import type { z } from 'zod';
import type * as C from './organisation-admin.commands';
import { audit } from './organisation-audit';

type Input<S extends z.ZodType> = z.output<S>;

/**
 * Each entity inside one council (an admin acts only within their own). Communities and groups
 * have no council of their own: they belong to their locality's.
 */
export const inCouncil = {
  viceChair: (councilId: string): Prisma.ViceChairWhereInput => ({ councilId }),
  committee: (councilId: string): Prisma.SpecialCommitteeWhereInput => ({ councilId }),
  locality: (councilId: string): Prisma.LocalityWhereInput => ({ councilId }),
  community: (councilId: string): Prisma.CommunityWhereInput => ({ locality: { councilId } }),
  member: (councilId: string): Prisma.MemberWhereInput => ({ councilId }),
  group: (councilId: string): Prisma.MemberGroupWhereInput => ({ community: { locality: { councilId } } }),
  department: (councilId: string): Prisma.DepartmentWhereInput => ({ councilId }),
};

/**
 * Admins keep the organisation current: councils (city and county level), vice-chairs, special
 * committees (1–2 groups each), localities with their conveners and studios, communities,
 * member groups (led by a standing member of the group), members and departments. Every change
 * is audited; rules that keep the chain of responsibility whole are checked here, inside the
 * change's transaction. An admin works within their own council: another council's entities
 * are not found (404), and linking to one is refused naming the field (400).
 */
@Injectable()
export class OrganisationAdminUseCases {
  constructor(private readonly prisma: PrismaService) {}

  createCouncil(staff: StaffPrincipal, input: Input<typeof C.createCouncilSchema>) {
    return this.create(staff, 'council', input.id, async (tx) => {
      if (input.parentId) await mustExist('parentId', tx.council.findUnique({ where: { id: input.parentId } }));
      return tx.council.create({ data: input });
    });
  }

  createViceChair(staff: StaffPrincipal, input: Input<typeof C.createViceChairSchema>) {
    return this.create(staff, 'vice_chair', input.id, (tx) => tx.viceChair.create({ data: { ...input, councilId: staff.councilId } }));
  }

  createCommittee(staff: StaffPrincipal, input: Input<typeof C.committeeSchema>) {
    return this.create(staff, 'committee', input.id, async (tx) => {
      await mustExist('viceChairId', tx.viceChair.findFirst({ where: { id: input.viceChairId, ...inCouncil.viceChair(staff.councilId) } }));
      return tx.specialCommittee.create({ data: { ...input, councilId: staff.councilId } });
    });
  }

  updateCommittee(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.committeeSchema>>) {
    const where = { id, ...inCouncil.committee(staff.councilId) };
    return this.update(staff, 'committee', id, (tx) => tx.specialCommittee.findFirst({ where }), async (tx) => {
      if (input.viceChairId) await mustExist('viceChairId', tx.viceChair.findFirst({ where: { id: input.viceChairId, ...inCouncil.viceChair(staff.councilId) } }));
      return tx.specialCommittee.update({ where: { id }, data: input });
    });
  }

  createLocality(staff: StaffPrincipal, input: Input<typeof C.localitySchema>) {
    const cadenceDays = input.cadenceDays ?? (input.kind === 'street' ? 61 : 92);
    return this.create(staff, 'locality', input.id, (tx) => tx.locality.create({ data: { ...input, cadenceDays, councilId: staff.councilId } }));
  }

  updateLocality(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.localitySchema>>) {
    const where = { id, ...inCouncil.locality(staff.councilId) };
    return this.update(staff, 'locality', id, (tx) => tx.locality.findFirst({ where }), (tx) => tx.locality.update({ where: { id }, data: input }));
  }

  createCommunity(staff: StaffPrincipal, input: Input<typeof C.communitySchema>) {
    return this.create(staff, 'community', input.id, async (tx) => {
      await mustExist('localityId', tx.locality.findFirst({ where: { id: input.localityId, ...inCouncil.locality(staff.councilId) } }));
      return tx.community.create({ data: input });
    });
  }

  updateCommunity(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.communitySchema>>) {
    const where = { id, ...inCouncil.community(staff.councilId) };
    return this.update(staff, 'community', id, (tx) => tx.community.findFirst({ where }), (tx) => tx.community.update({ where: { id }, data: input }));
  }

  createMember(staff: StaffPrincipal, input: Input<typeof C.memberSchema>) {
    return this.create(staff, 'member', input.id, async (tx) => {
      if (input.groupId) await mustExist('groupId', tx.memberGroup.findFirst({ where: { id: input.groupId, ...inCouncil.group(staff.councilId) } }));
      return tx.member.create({ data: { ...input, councilId: staff.councilId } });
    });
  }

  updateMember(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.memberSchema>>) {
    const where = { id, ...inCouncil.member(staff.councilId) };
    return this.update(staff, 'member', id, (tx) => tx.member.findFirst({ where }), async (tx) => {
      if (input.groupId) await mustExist('groupId', tx.memberGroup.findFirst({ where: { id: input.groupId, ...inCouncil.group(staff.councilId) } }));
      const leads = await tx.memberGroup.findFirst({ where: { leaderMemberId: id } });
      // A group is never without its leader: appoint another before moving or demoting this one.
      if (leads && ((input.groupId !== undefined && input.groupId !== leads.id) || input.standing === false)) {
        throw conflict(`${id} leads ${leads.id}; appoint another leader first`);
      }
      return tx.member.update({ where: { id }, data: input });
    });
  }

  createGroup(staff: StaffPrincipal, input: Input<typeof C.groupSchema>) {
    return this.create(staff, 'group', input.id, async (tx) => {
      await mustExist('communityId', tx.community.findFirst({ where: { id: input.communityId, ...inCouncil.community(staff.councilId) } }));
      await this.lockCommitteeWithRoom(tx, staff.councilId, input.committeeId, null);
      await this.lockLeaderOfNoGroup(tx, staff.councilId, input.leaderMemberId);
      const group = await tx.memberGroup.create({ data: input });
      await tx.member.update({ where: { id: input.leaderMemberId }, data: { groupId: input.id } });
      await this.assertLeader(tx, input.id, input.leaderMemberId);
      return group;
    });
  }

  updateGroup(staff: StaffPrincipal, id: string, input: { committeeId?: string; leaderMemberId?: string }) {
    const where = { id, ...inCouncil.group(staff.councilId) };
    return this.update(staff, 'group', id, (tx) => tx.memberGroup.findFirst({ where }), async (tx) => {
      if (input.committeeId) await this.lockCommitteeWithRoom(tx, staff.councilId, input.committeeId, id);
      if (input.leaderMemberId) await this.assertLeader(tx, id, input.leaderMemberId);
      return tx.memberGroup.update({ where: { id }, data: input });
    });
  }

  createDepartment(staff: StaffPrincipal, input: Input<typeof C.departmentSchema>) {
    return this.create(staff, 'department', input.id, (tx) => tx.department.create({ data: { ...input, councilId: staff.councilId } }));
  }

  updateDepartment(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.departmentSchema>>) {
    const where = { id, ...inCouncil.department(staff.councilId) };
    return this.update(staff, 'department', id, (tx) => tx.department.findFirst({ where }), (tx) => tx.department.update({ where: { id }, data: input }));
  }

  /** 组长: a standing member (政协常委) who belongs to the group. */
  private async assertLeader(tx: Tx, groupId: string, memberId: string): Promise<void> {
    const member = await tx.member.findUnique({ where: { id: memberId } });
    if (!member) throw invalidField('leaderMemberId', `unknown member ${memberId}`);
    if (!member.standing) throw invalidField('leaderMemberId', 'the leader must be a standing member (政协常委)');
    if (member.groupId !== groupId) throw invalidField('leaderMemberId', 'the leader must be a member of the group');
  }

  /**
   * A special committee oversees one or two member groups. The committee's row stays locked
   * until the change commits, so two groups added at once cannot both take its last place.
   */
  private async lockCommitteeWithRoom(tx: Tx, councilId: string, committeeId: string, exceptGroupId: string | null): Promise<void> {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM organisation.special_committees WHERE id = ${committeeId} AND council_id = ${councilId} FOR UPDATE`;
    if (!locked.length) throw invalidField('committeeId', 'does not exist');
    const linked = await tx.memberGroup.count({ where: { committeeId, id: exceptGroupId ? { not: exceptGroupId } : undefined } });
    if (linked >= 2) throw invalidField('committeeId', 'a special committee oversees at most two member groups');
  }

  /** A member leads one group at most; their row stays locked so two new groups cannot both take them. */
  private async lockLeaderOfNoGroup(tx: Tx, councilId: string, memberId: string): Promise<void> {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM organisation.members WHERE id = ${memberId} AND council_id = ${councilId} FOR UPDATE`;
    if (!locked.length) throw invalidField('leaderMemberId', `unknown member ${memberId}`);
    const leads = await tx.memberGroup.findFirst({ where: { leaderMemberId: memberId }, select: { id: true } });
    if (leads) throw invalidField('leaderMemberId', `${memberId} already leads ${leads.id}; appoint another leader there first`);
  }

  private async create<T>(staff: StaffPrincipal, entity: string, id: string, write: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const created = await write(tx);
        await audit(tx, staff, 'create', entity, id, null, created);
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`${entity} ${id} already exists`);
      throw error;
    }
  }

  /** `read` finds the entity within the admin's council; anything else is not found. */
  private async update<T>(staff: StaffPrincipal, entity: string, id: string, read: (tx: Tx) => Promise<unknown>, write: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      const before = await read(tx);
      if (!before) throw notFound(entity);
      const after = await write(tx);
      await audit(tx, staff, 'update', entity, id, before, after);
      return after;
    });
  }
}

export async function mustExist(field: string, lookup: Promise<unknown>): Promise<void> {
  if (!(await lookup)) throw invalidField(field, 'does not exist');
}
