import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { ProblemRepository, type ProblemRecord } from './problem.repository';

/** Which problems a member of staff may see, from their place in the organisation. */
@Injectable()
export class ProblemAccess {
  constructor(
    private readonly problems: ProblemRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  /** Community ids the staff member may see, or null for the whole city. */
  scope(staff: StaffPrincipal): Promise<string[] | null> {
    return this.directory.visibleCommunities(staff);
  }

  async visible(id: string, staff: StaffPrincipal): Promise<ProblemRecord> {
    const problem = await this.problems.findById(id);
    if (!problem) throw notFound('problem');
    const scope = await this.scope(staff);
    if (scope && !scope.includes(problem.communityId)) throw forbidden('this problem is outside your area');
    return problem;
  }
}
