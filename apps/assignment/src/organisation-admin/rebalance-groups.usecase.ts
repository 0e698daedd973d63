import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { invalidField } from '@shangliang/http';
import { balanceGroups, BalancingException } from '@shangliang/organisation';
import { PrismaService } from '@shangliang/persistence';
import { audit } from './organisation-audit';

/**
 * 属地、就近: split the council's members into one group per community, sizes as even as possible
 * and total distance from residence minimal (an exact min-cost flow), moving as few current
 * members as possible. Without `apply` it is a proposal to review; with it the moves are made.
 */
@Injectable()
export class RebalanceGroupsUseCase {
  constructor(private readonly prisma: PrismaService) {}

  async execute(staff: StaffPrincipal, apply: boolean) {
    const groups = await this.prisma.memberGroup.findMany({ where: { community: { locality: { councilId: staff.councilId } } }, include: { community: true } });
    const members = await this.prisma.member.findMany({ where: { councilId: staff.councilId }, orderBy: { id: 'asc' } });
    const groupOfCommunity = new Map(groups.map((g) => [g.communityId, g]));
    const communityOfGroup = new Map(groups.map((g) => [g.id, g.communityId]));
    let result;
    try {
      result = balanceGroups({
        members: members.map((m) => ({ id: m.id, lat: m.lat, lng: m.lng, currentCommunityId: m.groupId ? communityOfGroup.get(m.groupId) : undefined })),
        communities: groups.map((g) => ({ id: g.communityId, name: g.community.name, lat: g.community.lat, lng: g.community.lng })),
      });
    } catch (error) {
      if (error instanceof BalancingException) throw invalidField(error.field, error.message);
      throw error;
    }
    const leaders = new Set(groups.map((g) => g.leaderMemberId));
    const ungrouped = new Set(members.filter((m) => !m.groupId).map((m) => m.id));
    const moves = result.assignments.filter((a) => a.moved);
    // Members without a group (newcomers) are placed too; they are not counted as moves.
    const changes = result.assignments.filter((a) => a.moved || ungrouped.has(a.memberId));
    const proposal = {
      applied: false,
      totalDistanceKm: Math.round(result.totalDistanceKm * 100) / 100,
      moves: moves.length,
      joins: changes.length - moves.length,
      groupSizes: Object.fromEntries(Object.entries(result.groupSizes).map(([communityId, size]) => [groupOfCommunity.get(communityId)!.id, size])),
      // A moving leader leaves a group without one: the admin must appoint a new leader.
      leadersMoving: moves.filter((m) => leaders.has(m.memberId)).map((m) => m.memberId),
      assignments: result.assignments.map((a) => ({
        memberId: a.memberId,
        groupId: groupOfCommunity.get(a.communityId)!.id,
        communityId: a.communityId,
        distanceKm: Math.round(a.distanceKm * 100) / 100,
        rank: a.rank,
        moved: a.moved,
        joined: ungrouped.has(a.memberId),
        reason: a.reason,
      })),
    };
    if (!apply || changes.length === 0) return proposal;
    if (proposal.leadersMoving.length) throw invalidField('apply', `appoint new leaders first: ${proposal.leadersMoving.join(', ')} would leave the groups they lead`);

    await this.prisma.$transaction(async (tx) => {
      for (const change of changes) {
        await tx.member.update({ where: { id: change.memberId }, data: { groupId: groupOfCommunity.get(change.communityId)!.id } });
      }
      await audit(tx, staff, 'rebalance', 'member_groups', staff.councilId, null, {
        changes: changes.map((m) => ({ memberId: m.memberId, to: m.communityId, from: m.previousCommunityId ?? null })),
      });
    });
    return { ...proposal, applied: true };
  }
}
