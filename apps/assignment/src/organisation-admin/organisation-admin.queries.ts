import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { PrismaService } from '@shangliang/persistence';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  limit: number;
}

/** What the admin API reads of the organisation, always within the caller's own council. */
@Injectable()
export class OrganisationAdminQueries {
  constructor(private readonly prisma: PrismaService) {}

  /** The chain of responsibility; a vice-chair sees only their own part of it. */
  async overview(staff: StaffPrincipal) {
    const viceChairs = await this.prisma.viceChair.findMany({
      where: { councilId: staff.councilId, id: staff.role === 'vice_chair' ? (staff.viceChairId ?? '') : undefined },
      orderBy: { id: 'asc' },
      include: {
        committees: {
          orderBy: { id: 'asc' },
          include: { groups: { orderBy: { id: 'asc' }, include: { community: { include: { locality: true } }, _count: { select: { members: true } } } } },
        },
      },
    });
    return viceChairs.map((v) => ({
      id: v.id,
      name: v.name,
      committees: v.committees.map((c) => ({
        id: c.id,
        name: c.name,
        groups: c.groups.map((g) => ({ id: g.id, leaderMemberId: g.leaderMemberId, members: g._count.members, community: { id: g.community.id, name: g.community.name, locality: g.community.locality.name } })),
      })),
    }));
  }

  councils() {
    return this.prisma.council.findMany({ orderBy: { id: 'asc' } });
  }

  localities(staff: StaffPrincipal) {
    return this.prisma.locality.findMany({ where: { councilId: staff.councilId }, orderBy: { id: 'asc' } });
  }

  communities(staff: StaffPrincipal) {
    return this.prisma.community.findMany({ where: { locality: { councilId: staff.councilId } }, orderBy: { id: 'asc' } });
  }

  members(staff: StaffPrincipal, groupId?: string) {
    return this.prisma.member.findMany({
      where: { councilId: staff.councilId, groupId: groupId || undefined },
      select: { id: true, name: true, standing: true, expertise: true, lat: true, lng: true, available: true, groupId: true },
      orderBy: { id: 'asc' },
    });
  }

  groups(staff: StaffPrincipal) {
    return this.prisma.memberGroup.findMany({
      where: { community: { locality: { councilId: staff.councilId } } },
      include: { _count: { select: { members: true } } },
      orderBy: { id: 'asc' },
    });
  }

  departments(staff: StaffPrincipal) {
    return this.prisma.department.findMany({ where: { councilId: staff.councilId }, orderBy: { id: 'asc' } });
  }

  /** Newest first; the id is a bigint, sent as a string. */
  async audit(staff: StaffPrincipal, filter: AuditFilter) {
    const rows = await this.prisma.organisationAudit.findMany({
      where: { councilId: staff.councilId, entity: filter.entity, entityId: filter.entityId },
      orderBy: { id: 'desc' },
      take: filter.limit,
    });
    return rows.map((r) => ({ ...r, id: r.id.toString() }));
  }
}
