import { Injectable } from '@nestjs/common';
import { STAFF_ROLES, type StaffPrincipal, type StaffRole, type StaffSessions } from '@shangliang/auth';
import { Prisma, PrismaService } from '@shangliang/persistence';

export interface CommunitySummary {
  id: string;
  name: string;
  localityId: string;
  localityName: string;
  lat: number;
  lng: number;
}

export interface GroupSummary {
  id: string;
  communityId: string;
  committeeId: string;
  viceChairId: string;
  leaderMemberId: string;
  memberIds: string[];
}

export interface ScopedStaff {
  role: string;
  councilId: string;
  groupId?: string | null;
  localityId?: string | null;
  committeeId?: string | null;
  viceChairId?: string | null;
}

/** A place in the organisation that staff accounts sit at (see `staffAt`). */
export interface StaffPlace {
  role?: StaffRole;
  councilId?: string;
  memberId?: string;
  groupId?: string;
  localityId?: string;
  committeeId?: string;
  viceChairId?: string;
  departmentId?: string;
}

/** How far a role reaches over communities: its whole council's, none, or its place's scope. */
export function communityReach(role: string, options: { membersSeeTheirGroup: boolean }): 'all' | 'none' | 'scope' {
  if (role === 'admin' || role === 'supervisor') return 'all';
  if (role === 'department') return 'none';
  if (role === 'member' && !options.membersSeeTheirGroup) return 'none';
  return 'scope';
}

/** The staff account's column for each field of a place (`staffAt`). */
const STAFF_PLACE_COLUMNS: Record<keyof StaffPlace, string> = {
  role: 'role',
  councilId: 'council_id',
  memberId: 'member_id',
  groupId: 'group_id',
  localityId: 'locality_id',
  committeeId: 'committee_id',
  viceChairId: 'vice_chair_id',
  departmentId: 'department_id',
};

const COMMUNITY_CACHE_MS = 60_000;
const COMMUNITY_CACHE_SIZE = 10_000;

/**
 * Read access to the organisation for every service: the organisation is reference data, so
 * services read it through this directory (never its tables directly) and only the admin API
 * changes it.
 */
@Injectable()
export class OrganisationDirectory implements StaffSessions {
  private readonly communityCache = new Map<string, { community: CommunitySummary; until: number }>();

  constructor(private readonly prisma: PrismaService) {}

  /** The principal of an active account whose session version is still `sessionVersion`. */
  async principalOf(staffId: string, sessionVersion: number): Promise<StaffPrincipal | null> {
    const account = await this.prisma.staffAccount.findUnique({ where: { id: staffId } });
    if (!account || !account.active || account.sessionVersion !== sessionVersion || !isStaffRole(account.role)) return null;
    return staffPrincipalOf({ ...account, role: account.role });
  }

  async community(id: string): Promise<CommunitySummary | null> {
    const c = await this.prisma.community.findUnique({ where: { id }, include: { locality: true } });
    return c && { id: c.id, name: c.name, localityId: c.localityId, localityName: c.locality.name, lat: c.lat, lng: c.lng };
  }

  /**
   * `community`, remembered for a minute: for the submission path, which needs only the name
   * and id and must not pay a query per resident. Only communities that exist are remembered
   * (a flood of made-up ids fills nothing), at most `COMMUNITY_CACHE_SIZE` of them.
   */
  async cachedCommunity(id: string): Promise<CommunitySummary | null> {
    const now = Date.now();
    const cached = this.communityCache.get(id);
    if (cached && cached.until > now) return cached.community;
    const community = await this.community(id);
    if (community) {
      if (this.communityCache.size >= COMMUNITY_CACHE_SIZE) this.communityCache.clear();
      this.communityCache.set(id, { community, until: now + COMMUNITY_CACHE_MS });
    }
    return community;
  }

  async communities(): Promise<CommunitySummary[]> {
    const rows = await this.prisma.community.findMany({ include: { locality: true }, orderBy: { id: 'asc' } });
    return rows.map((c) => ({ id: c.id, name: c.name, localityId: c.localityId, localityName: c.locality.name, lat: c.lat, lng: c.lng }));
  }

  /** Raw, like `councilOfCommunity` and `staffAt`: asked for every step somebody is told of, and by assignment for every screening and claim. */
  async groupOfCommunity(communityId: string): Promise<GroupSummary | null> {
    const [g] = await this.prisma.$queryRaw<{ id: string; community_id: string; committee_id: string; leader_member_id: string; vice_chair_id: string; member_ids: string[] }[]>`
      SELECT g.id, g.community_id, g.committee_id, g.leader_member_id, c.vice_chair_id,
             coalesce(array_agg(m.id) FILTER (WHERE m.id IS NOT NULL), '{}') AS member_ids
      FROM organisation.member_groups g
      JOIN organisation.special_committees c ON c.id = g.committee_id
      LEFT JOIN organisation.members m ON m.group_id = g.id
      WHERE g.community_id = ${communityId}
      GROUP BY g.id, c.vice_chair_id`;
    return g
      ? this.toGroup({ id: g.id, communityId: g.community_id, committeeId: g.committee_id, leaderMemberId: g.leader_member_id, members: g.member_ids.map((id) => ({ id })), committee: { viceChairId: g.vice_chair_id } })
      : null;
  }

  async group(id: string): Promise<GroupSummary | null> {
    const g = await this.prisma.memberGroup.findUnique({ where: { id }, include: { members: { select: { id: true } }, committee: true } });
    return g && this.toGroup(g);
  }

  async member(id: string) {
    return this.prisma.member.findUnique({ where: { id }, select: { id: true, name: true, standing: true, expertise: true, groupId: true, available: true } });
  }

  /** Every council's id (the city's and the counties'), for checks that run across them. */
  async councilIds(): Promise<string[]> {
    return (await this.prisma.council.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
  }

  /** A council's townships and streets with their cadence rule and communities. */
  localities(councilId: string) {
    return this.prisma.locality.findMany({
      where: { councilId },
      select: { id: true, name: true, kind: true, cadenceDays: true, communities: { select: { id: true, name: true }, orderBy: { id: 'asc' } } },
      orderBy: { id: 'asc' },
    });
  }

  /** The departments of a council, for referral pickers. */
  departments(councilId: string) {
    return this.prisma.department.findMany({ where: { councilId }, select: { id: true, code: true, name: true }, orderBy: { name: 'asc' } });
  }

  async department(id: string) {
    return this.prisma.department.findUnique({ where: { id }, select: { id: true, code: true, name: true, councilId: true } });
  }

  /** The council a township or street belongs to. */
  async councilOfLocality(localityId: string): Promise<string | null> {
    return (await this.prisma.locality.findUnique({ where: { id: localityId }, select: { councilId: true } }))?.councilId ?? null;
  }

  /** A council's name (for reports' titles), or null when there is none by that id. */
  async councilName(id: string): Promise<string | null> {
    return (await this.prisma.council.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
  }

  /** The council a community belongs to (through its locality). */
  async councilOfCommunity(communityId: string): Promise<string | null> {
    const [c] = await this.prisma.$queryRaw<{ council_id: string }[]>`
      SELECT l.council_id FROM organisation.communities c JOIN organisation.localities l ON l.id = c.locality_id WHERE c.id = ${communityId}`;
    return c?.council_id ?? null;
  }

  /**
   * The active staff accounts at one place in the organisation (who is told of a problem's
   * step): every field given must match. Ids and roles only — no contact leaves here.
   */
  staffAt(place: StaffPlace): Promise<{ id: string; role: string; councilId: string }[]> {
    const matches = Object.entries(place)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => {
        const column = STAFF_PLACE_COLUMNS[field as keyof StaffPlace];
        if (!column) throw new Error(`a staff place has no field ${field}`);
        return Prisma.sql`${Prisma.raw(column)} = ${value}`;
      });
    return this.prisma.$queryRaw<{ id: string; role: string; councilId: string }[]>`
      SELECT id, role, council_id AS "councilId" FROM organisation.staff_accounts
      WHERE ${Prisma.join([Prisma.sql`active`, ...matches], ' AND ')}
      ORDER BY id`;
  }

  /**
   * The two studios (两室) for residents: each locality's convener studio with its communities'
   * member studios. Field by field, so no phone number can leave through this read.
   */
  studios() {
    return this.prisma.locality.findMany({
      select: {
        id: true,
        name: true,
        kind: true,
        convenerName: true,
        studioAddress: true,
        studioHours: true,
        studioDuty: true,
        communities: { select: { id: true, name: true, studioAddress: true, studioHours: true, studioDuty: true }, orderBy: { id: 'asc' } },
      },
      orderBy: { id: 'asc' },
    });
  }

  /**
   * One studio (两室) by its id: a community's member studio (委员工作室, the community id) or a
   * locality's convener studio (召集人工作室, the locality id); null when neither has one.
   */
  async studio(id: string): Promise<{ id: string; kind: 'member' | 'convener'; name: string; address: string } | null> {
    const community = await this.prisma.community.findUnique({ where: { id }, select: { id: true, name: true, studioAddress: true } });
    if (community?.studioAddress) return { id, kind: 'member', name: `${community.name}委员工作室`, address: community.studioAddress };
    const locality = await this.prisma.locality.findUnique({ where: { id }, select: { id: true, name: true, studioAddress: true } });
    if (locality?.studioAddress) return { id, kind: 'convener', name: `${locality.name}召集人工作室`, address: locality.studioAddress };
    return null;
  }

  /**
   * The council an operator's command acts for: the one named, which must exist, or else the only
   * top-level (city) council. Null when that is ambiguous or missing.
   */
  async councilForOperator(named: string | undefined): Promise<string | null> {
    if (named) return (await this.prisma.council.findUnique({ where: { id: named }, select: { id: true } }))?.id ?? null;
    const tops = await this.prisma.council.findMany({ where: { parentId: null }, select: { id: true }, take: 2 });
    return tops.length === 1 ? tops[0].id : null;
  }

  /** Those of the given members who belong to the council (proposers of a suggestion, say), with their names. */
  membersInCouncil(councilId: string, ids: string[]): Promise<{ id: string; name: string }[]> {
    return this.prisma.member.findMany({ where: { councilId, id: { in: ids } }, select: { id: true, name: true }, orderBy: { id: 'asc' } });
  }

  async membersOfGroup(groupId: string) {
    return this.prisma.member.findMany({
      where: { groupId },
      select: { id: true, name: true, standing: true, expertise: true, available: true },
      orderBy: { id: 'asc' },
    });
  }

  /**
   * Community ids a member of staff may see: admins and supervisors their council's, departments
   * no community (they work from their referrals), everyone else
   * their place in the organisation. Members see their group's community unless the caller
   * restricts them to their own team's items (`membersSeeTheirGroup: false`).
   */
  async visibleCommunities(staff: ScopedStaff, options: { membersSeeTheirGroup: boolean } = { membersSeeTheirGroup: true }): Promise<string[] | null> {
    switch (communityReach(staff.role, options)) {
      case 'all':
        return this.communityIdsOfCouncil(staff.councilId);
      case 'none':
        return [];
      case 'scope':
        return this.communityIdsInScope(staff);
    }
  }

  /**
   * A council's communities: admins and supervisors of the city council see the city's, those of
   * a county council (the same programme, one level down) see the county's.
   */
  async communityIdsOfCouncil(councilId: string): Promise<string[]> {
    return (await this.prisma.community.findMany({ where: { locality: { councilId } }, select: { id: true } })).map((c) => c.id);
  }

  /** Communities a staff scope covers: a locality's, a committee's groups', a vice-chair's. */
  async communityIdsInScope(scope: { localityId?: string | null; committeeId?: string | null; viceChairId?: string | null; groupId?: string | null }): Promise<string[]> {
    if (scope.groupId) {
      const g = await this.prisma.memberGroup.findUnique({ where: { id: scope.groupId }, select: { communityId: true } });
      return g ? [g.communityId] : [];
    }
    if (scope.localityId) {
      return (await this.prisma.community.findMany({ where: { localityId: scope.localityId }, select: { id: true } })).map((c) => c.id);
    }
    if (scope.committeeId) {
      return (await this.prisma.memberGroup.findMany({ where: { committeeId: scope.committeeId }, select: { communityId: true } })).map((g) => g.communityId);
    }
    if (scope.viceChairId) {
      const groups = await this.prisma.memberGroup.findMany({ where: { committee: { viceChairId: scope.viceChairId } }, select: { communityId: true } });
      return groups.map((g) => g.communityId);
    }
    return [];
  }

  private toGroup(g: { id: string; communityId: string; committeeId: string; leaderMemberId: string; members: { id: string }[]; committee: { viceChairId: string } }): GroupSummary {
    return {
      id: g.id,
      communityId: g.communityId,
      committeeId: g.committeeId,
      viceChairId: g.committee.viceChairId,
      leaderMemberId: g.leaderMemberId,
      memberIds: g.members.map((m) => m.id).sort(),
    };
  }
}

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/** What every service knows of a signed-in member of staff, from their account row. */
export function staffPrincipalOf(account: {
  id: string;
  role: StaffRole;
  displayName: string;
  councilId: string;
  memberId: string | null;
  groupId: string | null;
  localityId: string | null;
  committeeId: string | null;
  viceChairId: string | null;
  departmentId: string | null;
  mustChangePassword: boolean;
}): StaffPrincipal {
  return {
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
    mustChangePassword: account.mustChangePassword,
  };
}
