import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { type FigureAreaRef, formatFigureArea, parseFigureArea } from '@shangliang/contracts';
import { forbidden, invalidField, notFound } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';

/** The rows an area's figures count: its communities, and a department when it is a department's. */
export interface ResolvedArea {
  area: FigureAreaRef;
  /** The area's name for people (council, locality, community or department name; a group's community). */
  name: string;
  councilId: string;
  communityIds: string[];
  departmentId: string | null;
  /** True when the area is the caller's whole council (suggestions then count without a community filter). */
  wholeCouncil: boolean;
}

/** Roles that read their whole council's figures: the leadership and those who act for it. */
const COUNCIL_WIDE = new Set(['admin', 'supervisor', 'committee', 'vice_chair']);

/**
 * Which figures a member of staff may read (统计范围): admins, supervisors, committees and
 * vice-chairs their council's; conveners their locality's; group leaders and members their
 * group's community. Departments read no figures here (they work their referrals' clocks).
 * An area outside that scope is 403; one that does not exist in the council is 404.
 */
@Injectable()
export class FigureScope {
  constructor(private readonly directory: OrganisationDirectory) {}

  async resolve(staff: StaffPrincipal, areaText: string | undefined): Promise<ResolvedArea> {
    const own = await this.ownArea(staff);
    if (areaText === undefined) return this.resolveRef(staff, own);
    const area = parseFigureArea(areaText);
    if (!area) throw invalidField('area', 'must be council:<id>, locality:<id>, community:<id>, group:<id> or department:<id>');
    return this.resolveRef(staff, area);
  }

  /**
   * The areas the caller may pick (the console's area picker): their own first, then what lies
   * within it — the council's localities, communities and groups, and its departments.
   */
  async choices(staff: StaffPrincipal): Promise<{ key: string; kind: string; name: string }[]> {
    const own = await this.resolveRef(staff, await this.ownArea(staff));
    const scope = new Set(own.communityIds);
    const localities = await this.directory.localities(staff.councilId);
    const communities = localities.flatMap((l) => l.communities).filter((c) => scope.has(c.id));
    const groups = (await Promise.all(communities.map((c) => this.directory.groupOfCommunity(c.id)))).filter((g) => g !== null);
    const names = new Map(communities.map((c) => [c.id, c.name]));
    return [
      { key: formatFigureArea(own.area), kind: own.area.kind, name: own.name },
      ...localities
        .filter((l) => l.communities.length > 0 && l.communities.every((c) => scope.has(c.id)) && !(own.area.kind === 'locality' && own.area.id === l.id))
        .map((l) => ({ key: `locality:${l.id}`, kind: 'locality', name: l.name })),
      ...communities.map((c) => ({ key: `community:${c.id}`, kind: 'community', name: c.name })),
      ...groups.filter((g) => !(own.area.kind === 'group' && own.area.id === g.id)).map((g) => ({ key: `group:${g.id}`, kind: 'group', name: `${names.get(g.communityId) ?? g.communityId}委员小组` })),
      ...(await this.directory.departments(staff.councilId)).map((d) => ({ key: `department:${d.id}`, kind: 'department', name: d.name })),
    ];
  }

  /** The caller's own area: the default, and the bound every other area must fall within. */
  private async ownArea(staff: StaffPrincipal): Promise<FigureAreaRef> {
    if (COUNCIL_WIDE.has(staff.role)) return { kind: 'council', id: staff.councilId };
    if (staff.role === 'convener' && staff.localityId) return { kind: 'locality', id: staff.localityId };
    if ((staff.role === 'group_leader' || staff.role === 'member') && staff.groupId) return { kind: 'group', id: staff.groupId };
    throw forbidden('the figures are for the council, its localities and groups');
  }

  private async scopeCommunities(staff: StaffPrincipal): Promise<string[]> {
    const own = await this.ownArea(staff);
    if (own.kind === 'council') return this.directory.communityIdsOfCouncil(staff.councilId);
    return this.directory.communityIdsInScope(own.kind === 'locality' ? { localityId: own.id } : { groupId: own.id });
  }

  private async resolveRef(staff: StaffPrincipal, area: FigureAreaRef): Promise<ResolvedArea> {
    const scope = await this.scopeCommunities(staff);
    // An area with no communities (a township without one yet) is within reach of the council's
    // readers only; to anyone else "every one of none" would open every empty locality.
    const within = (ids: string[]) => ids.every((id) => scope.includes(id)) && (ids.length > 0 || COUNCIL_WIDE.has(staff.role));
    const base = { area, councilId: staff.councilId, departmentId: null, wholeCouncil: false };
    switch (area.kind) {
      case 'council': {
        if (area.id !== staff.councilId) throw forbidden('another council’s figures');
        const communityIds = await this.directory.communityIdsOfCouncil(area.id);
        if (!within(communityIds)) throw forbidden('the whole council’s figures are beyond your area');
        return { ...base, name: (await this.directory.councilName(area.id)) ?? area.id, communityIds, wholeCouncil: true };
      }
      case 'locality': {
        const locality = (await this.directory.localities(staff.councilId)).find((l) => l.id === area.id);
        if (!locality) throw notFound('locality');
        const communityIds = locality.communities.map((c) => c.id);
        if (!within(communityIds)) throw forbidden('this locality is outside your area');
        return { ...base, name: locality.name, communityIds };
      }
      case 'community': {
        const community = await this.directory.community(area.id);
        if (!community || (await this.directory.councilOfCommunity(area.id)) !== staff.councilId) throw notFound('community');
        if (!within([community.id])) throw forbidden('this community is outside your area');
        return { ...base, name: community.name, communityIds: [community.id] };
      }
      case 'group': {
        const group = await this.directory.group(area.id);
        if (!group || (await this.directory.councilOfCommunity(group.communityId)) !== staff.councilId) throw notFound('group');
        if (!within([group.communityId])) throw forbidden('this group is outside your area');
        const community = await this.directory.community(group.communityId);
        return { ...base, name: community?.name ?? group.id, communityIds: [group.communityId] };
      }
      case 'department': {
        // A department's figures within the caller's own communities: its referrals there.
        const department = await this.directory.department(area.id);
        if (!department || department.councilId !== staff.councilId) throw notFound('department');
        return { ...base, name: department.name, communityIds: scope, departmentId: department.id };
      }
    }
  }
}
