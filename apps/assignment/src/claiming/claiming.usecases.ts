import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { conflict, forbidden, invalidField, notFound } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import type { Tx } from '@shangliang/persistence';
import { AssignmentAccess } from '../assignment-access';
import type { TeamScope } from '../screening/decide-screening.command';
import { ClaimRepository, type ClaimItemRecord } from './claim.repository';
import { teamSizeRange } from './team-size';

type FormedBy = 'claim' | 'group_leader' | 'committee';

/**
 * 委员接单: members claim seats on an item's team; the claim that fills the last seat forms the
 * team. The item's row lock serialises claims, and the (item, seat) key backs it up, so two
 * members racing for the last seat cannot both win.
 */
@Injectable()
export class ClaimingUseCases {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly access: AssignmentAccess,
    private readonly directory: OrganisationDirectory,
    private readonly outbox: Outbox,
  ) {}

  async claim(problemId: string, lead: boolean, staff: StaffPrincipal): Promise<ClaimItemRecord> {
    if (!staff.memberId) throw forbidden('only council members claim items');
    const memberId = staff.memberId;
    const item = await this.visibleItem(problemId, staff);
    const group = await this.directory.groupOfCommunity(item.communityId);
    if (!group?.memberIds.includes(memberId)) throw forbidden("you are not in this community's member group");

    await this.claims.transaction(async (tx) => {
      const locked = await this.claims.lock(tx, problemId);
      if (!locked || locked.status !== 'open') throw conflict('the team for this item is already complete', 'team_full');
      const taken = await tx.claim.findMany({ where: { problemId }, orderBy: { seat: 'asc' } });
      if (taken.some((c) => c.memberId === memberId)) throw conflict('you have already claimed this item', 'already_claimed');
      if (taken.length >= locked.seats) throw conflict('the team for this item is already complete', 'team_full');
      if (lead && taken.some((c) => c.lead)) throw conflict('this item already has a lead member', 'already_claimed');
      const seat = taken.length + 1;
      await tx.claim.create({ data: { problemId, memberId, lead, seat } });
      if (seat === locked.seats) await this.formTeam(tx, problemId, 'claim');
    });
    this.outbox.flush();
    return (await this.claims.find(problemId))!;
  }

  /** When claiming is late the group leader (then the committee) names the team directly. */
  async assign(problemId: string, team: { leadMemberId: string; memberIds: string[] }, staff: StaffPrincipal): Promise<ClaimItemRecord> {
    const item = await this.visibleItem(problemId, staff);
    await this.access.assertCanAssign(staff, item);
    const memberIds = [...new Set(team.memberIds)];
    if (!memberIds.includes(team.leadMemberId)) throw invalidField('leadMemberId', 'must be one of memberIds');
    const group = await this.directory.groupOfCommunity(item.communityId);
    const outsider = memberIds.find((id) => !group?.memberIds.includes(id));
    if (outsider) throw invalidField('memberIds', `${outsider} is not in this community's member group`);
    // The same precision as claiming (分单要准): a team the size the item's scope calls for.
    const { min, max } = teamSizeRange(item.scope as TeamScope, group?.memberIds.length ?? 0);
    if (memberIds.length < min || memberIds.length > max) throw invalidField('memberIds', `a ${item.scope} item takes a team of ${min}–${max} members`);

    await this.claims.transaction(async (tx) => {
      const locked = await this.claims.lock(tx, problemId);
      if (!locked || locked.status !== 'open') throw conflict('the team for this item is already complete', 'team_full');
      await tx.claim.deleteMany({ where: { problemId } });
      await tx.claim.createMany({ data: memberIds.map((memberId, i) => ({ problemId, memberId, lead: memberId === team.leadMemberId, seat: i + 1 })) });
      await this.formTeam(tx, problemId, staff.role === 'group_leader' ? 'group_leader' : 'committee');
    });
    this.outbox.flush();
    return (await this.claims.find(problemId))!;
  }

  private async visibleItem(problemId: string, staff: StaffPrincipal): Promise<ClaimItemRecord> {
    const item = await this.claims.find(problemId);
    if (!item) throw notFound('consultation item');
    await this.access.assertVisible(staff, item.communityId);
    return item;
  }

  private async formTeam(tx: Tx, problemId: string, formedBy: FormedBy): Promise<void> {
    const team = await tx.claim.findMany({ where: { problemId }, orderBy: { seat: 'asc' } });
    // A full team without a volunteer lead is led by its first claimant.
    let lead = team.find((c) => c.lead);
    if (!lead) {
      lead = team[0];
      await tx.claim.update({ where: { problemId_memberId: { problemId, memberId: lead.memberId } }, data: { lead: true } });
    }
    await tx.claimItem.update({ where: { problemId }, data: { status: 'formed', formedAt: new Date(), formedBy } });
    await this.outbox.add(tx, 'workflow-events', 'team.formed', {
      eventId: `${problemId}.team`,
      problemId,
      leadMemberId: lead.memberId,
      memberIds: team.map((c) => c.memberId),
      formedBy,
    });
  }
}
