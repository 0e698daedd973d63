import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';

/**
 * Who may see and act on which item, from their place in the organisation: a convener their
 * locality's communities, a group leader (and members) their group's community, a committee its
 * groups', a vice-chair everything under them, admins everything.
 */
@Injectable()
export class AssignmentAccess {
  constructor(private readonly directory: OrganisationDirectory) {}

  /** Community ids visible to the caller, or null for all. */
  visibleCommunities(staff: StaffPrincipal): Promise<string[] | null> {
    return this.directory.visibleCommunities(staff);
  }

  async assertVisible(staff: StaffPrincipal, communityId: string): Promise<void> {
    const visible = await this.visibleCommunities(staff);
    if (visible && !visible.includes(communityId)) throw forbidden('this item is outside your area');
  }

  /**
   * Screening (定单) is the convener's and the group leader's; once it is late it rises to the
   * special committee (level 1) and then the vice-chair (level 2).
   */
  async assertCanScreen(staff: StaffPrincipal, item: { communityId: string; escalationLevel: number }): Promise<void> {
    const minimumLevel: Record<string, number> = { admin: 0, convener: 0, group_leader: 0, committee: 1, vice_chair: 2 };
    const level = minimumLevel[staff.role];
    if (level === undefined) throw forbidden('only conveners and group leaders screen problems');
    await this.assertVisible(staff, item.communityId);
    if (item.escalationLevel < level) throw forbidden(`screening reaches the ${staff.role} only after it is overdue`);
  }

  /** Assigning a team directly: the group leader once claiming is late, the committee after that. */
  async assertCanAssign(staff: StaffPrincipal, item: { communityId: string; escalationLevel: number }): Promise<void> {
    const minimumLevel: Record<string, number> = { admin: 0, group_leader: 1, committee: 2, vice_chair: 2 };
    const level = minimumLevel[staff.role];
    if (level === undefined) throw forbidden('only the group leader or the committee assigns a team');
    await this.assertVisible(staff, item.communityId);
    if (item.escalationLevel < level) throw forbidden('members may still claim this item; assignment opens when the claim deadline passes');
  }
}
