import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { conflict, invalidField, notFound } from '@shangliang/http';
import { PrismaService, type Tx, isUniqueViolation } from '@shangliang/persistence';
import type { z } from 'zod';
import type * as C from './organisation-admin.commands';
import { audit } from './organisation-audit';

type Input<S extends z.ZodType> = z.output<S>;

/**
 * Admins keep the organisation current: councils (city and county level), vice-chairs, special
 * committees (1–2 groups each), localities with their conveners and studios, communities,
 * member groups (led by a standing member of the group), members and departments. Every change
 * is audited; rules that keep the chain of responsibility whole are checked here.
 */
@Injectable()
export class OrganisationAdminUseCases {
  constructor(private readonly prisma: PrismaService) {}

  createCouncil(staff: StaffPrincipal, input: Input<typeof C.createCouncilSchema>) {
    return this.create(staff, 'council', input.id, (tx) => tx.council.create({ data: input }));
  }

  createViceChair(staff: StaffPrincipal, input: Input<typeof C.createViceChairSchema>) {
    return this.create(staff, 'vice_chair', input.id, (tx) => tx.viceChair.create({ data: { ...input, councilId: staff.councilId } }));
  }

  async createCommittee(staff: StaffPrincipal, input: Input<typeof C.committeeSchema>) {
    await this.mustExist('viceChairId', this.prisma.viceChair.findUnique({ where: { id: input.viceChairId } }));
    return this.create(staff, 'committee', input.id, (tx) => tx.specialCommittee.create({ data: { ...input, councilId: staff.councilId } }));
  }

  async updateCommittee(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.committeeSchema>>) {
    if (input.viceChairId) await this.mustExist('viceChairId', this.prisma.viceChair.findUnique({ where: { id: input.viceChairId } }));
    return this.update(staff, 'committee', id, (tx) => tx.specialCommittee.findUnique({ where: { id } }), (tx) => tx.specialCommittee.update({ where: { id }, data: input }));
  }

  createLocality(staff: StaffPrincipal, input: Input<typeof C.localitySchema>) {
    const cadenceDays = input.cadenceDays ?? (input.kind === 'street' ? 61 : 92);
    return this.create(staff, 'locality', input.id, (tx) => tx.locality.create({ data: { ...input, cadenceDays, councilId: staff.councilId } }));
  }

  updateLocality(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.localitySchema>>) {
    return this.update(staff, 'locality', id, (tx) => tx.locality.findUnique({ where: { id } }), (tx) => tx.locality.update({ where: { id }, data: input }));
  }

  async createCommunity(staff: StaffPrincipal, input: Input<typeof C.communitySchema>) {
    await this.mustExist('localityId', this.prisma.locality.findUnique({ where: { id: input.localityId } }));
    return this.create(staff, 'community', input.id, (tx) => tx.community.create({ data: input }));
  }

  updateCommunity(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.communitySchema>>) {
    return this.update(staff, 'community', id, (tx) => tx.community.findUnique({ where: { id } }), (tx) => tx.community.update({ where: { id }, data: input }));
  }

  async createMember(staff: StaffPrincipal, input: Input<typeof C.memberSchema>) {
    if (input.groupId) await this.mustExist('groupId', this.prisma.memberGroup.findUnique({ where: { id: input.groupId } }));
    return this.create(staff, 'member', input.id, (tx) => tx.member.create({ data: { ...input, councilId: staff.councilId } }));
  }

  async updateMember(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.memberSchema>>) {
    if (input.groupId) await this.mustExist('groupId', this.prisma.memberGroup.findUnique({ where: { id: input.groupId } }));
    const leads = await this.prisma.memberGroup.findFirst({ where: { leaderMemberId: id } });
    // A group is never without its leader: appoint another before moving or demoting this one.
    if (leads && ((input.groupId !== undefined && input.groupId !== leads.id) || input.standing === false)) {
      throw conflict(`${id} leads ${leads.id}; appoint another leader first`);
    }
    return this.update(staff, 'member', id, (tx) => tx.member.findUnique({ where: { id } }), (tx) => tx.member.update({ where: { id }, data: input }));
  }

  async createGroup(staff: StaffPrincipal, input: Input<typeof C.groupSchema>) {
    await this.mustExist('communityId', this.prisma.community.findUnique({ where: { id: input.communityId } }));
    await this.assertCommitteeHasRoom(input.committeeId, null);
    return this.create(staff, 'group', input.id, async (tx) => {
      const group = await tx.memberGroup.create({ data: input });
      await tx.member.update({ where: { id: input.leaderMemberId }, data: { groupId: input.id } });
      await this.assertLeader(tx, input.id, input.leaderMemberId);
      return group;
    });
  }

  async updateGroup(staff: StaffPrincipal, id: string, input: { committeeId?: string; leaderMemberId?: string }) {
    if (input.committeeId) await this.assertCommitteeHasRoom(input.committeeId, id);
    return this.update(
      staff,
      'group',
      id,
      (tx) => tx.memberGroup.findUnique({ where: { id } }),
      async (tx) => {
        if (input.leaderMemberId) await this.assertLeader(tx, id, input.leaderMemberId);
        return tx.memberGroup.update({ where: { id }, data: input });
      },
    );
  }

  createDepartment(staff: StaffPrincipal, input: Input<typeof C.departmentSchema>) {
    return this.create(staff, 'department', input.id, (tx) => tx.department.create({ data: { ...input, councilId: staff.councilId } }));
  }

  updateDepartment(staff: StaffPrincipal, id: string, input: Partial<Input<typeof C.departmentSchema>>) {
    return this.update(staff, 'department', id, (tx) => tx.department.findUnique({ where: { id } }), (tx) => tx.department.update({ where: { id }, data: input }));
  }

  /** 组长: a standing member (政协常委) who belongs to the group. */
  private async assertLeader(tx: Tx, groupId: string, memberId: string): Promise<void> {
    const member = await tx.member.findUnique({ where: { id: memberId } });
    if (!member) throw invalidField('leaderMemberId', `unknown member ${memberId}`);
    if (!member.standing) throw invalidField('leaderMemberId', 'the leader must be a standing member (政协常委)');
    if (member.groupId !== groupId) throw invalidField('leaderMemberId', 'the leader must be a member of the group');
  }

  /** A special committee oversees one or two member groups. */
  private async assertCommitteeHasRoom(committeeId: string, exceptGroupId: string | null): Promise<void> {
    await this.mustExist('committeeId', this.prisma.specialCommittee.findUnique({ where: { id: committeeId } }));
    const linked = await this.prisma.memberGroup.count({ where: { committeeId, id: exceptGroupId ? { not: exceptGroupId } : undefined } });
    if (linked >= 2) throw invalidField('committeeId', 'a special committee oversees at most two member groups');
  }

  private async mustExist(field: string, lookup: Promise<unknown>): Promise<void> {
    if (!(await lookup)) throw invalidField(field, 'does not exist');
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
