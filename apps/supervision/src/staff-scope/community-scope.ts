import { Injectable } from '@nestjs/common';
import type { StaffPrincipal, StaffRole } from '@shangliang/auth';
import { OrganisationDirectory } from '@shangliang/organisation';

/** Roles that oversee the whole city; every other role sees the communities of its scope. */
const CITY_WIDE_ROLES: ReadonlySet<StaffRole> = new Set(['admin', 'supervisor']);

/**
 * Which communities a staff member may see, from the organisation directory. `null` means the
 * whole city. Members and department staff have no area of their own here, so they get none.
 */
@Injectable()
export class CommunityScope {
  constructor(private readonly directory: OrganisationDirectory) {}

  async of(staff: StaffPrincipal): Promise<string[] | null> {
    if (CITY_WIDE_ROLES.has(staff.role)) return null;
    if (staff.role === 'member' || staff.role === 'department') return [];
    return this.directory.communityIdsInScope(staff);
  }
}
