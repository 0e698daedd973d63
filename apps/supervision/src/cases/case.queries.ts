import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { notFound } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { CaseRepository, type CaseSearch } from './case.repository';
import { caseView } from './case.view';

/**
 * The case bank is open to every staff role of the council: settled cases are how the programme
 * learns. Another council's cases are not found.
 */
@Injectable()
export class CaseQueries {
  constructor(
    private readonly cases: CaseRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  async search(query: Omit<CaseSearch, 'take' | 'skip' | 'councilCommunityIds'> & { limit: number; offset: number }, staff: StaffPrincipal) {
    const { limit, offset, ...filter } = query;
    const councilCommunityIds = await this.directory.communityIdsOfCouncil(staff.councilId);
    const [rows, total] = await this.cases.search({ ...filter, councilCommunityIds, take: limit, skip: offset });
    return { total, items: rows.map(caseView) };
  }

  async get(id: string, staff: StaffPrincipal) {
    const found = await this.cases.findById(id);
    if (!found || !(await this.directory.communityIdsOfCouncil(staff.councilId)).includes(found.communityId)) throw notFound('case');
    return caseView(found);
  }
}
