import { Injectable } from '@nestjs/common';
import { communityReach, OrganisationDirectory, type ScopedStaff } from './organisation-directory';

/**
 * The communities whose items a member of staff may see in the consultation and supervision
 * services (`null` = the whole city). Members get no community scope here: they see the items
 * of their own team.
 */
@Injectable()
export class CommunityScope {
  constructor(private readonly directory: OrganisationDirectory) {}

  async of(staff: ScopedStaff): Promise<string[] | null> {
    const reach = communityReach(staff.role, { membersSeeTheirGroup: false });
    if (reach === 'all') return this.directory.communityIdsOfCouncil(staff.councilId);
    if (reach === 'none') return [];
    return this.directory.communityIdsInScope(staff);
  }
}
