import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { notFound } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { CaseRepository, type CaseSearch } from './case.repository';
import { caseView } from './case.view';
import { startOfChinaDay } from '../calendar-date';

export type CaseSearchQuery = Omit<CaseSearch, 'take' | 'skip' | 'councilCommunityIds' | 'settledFrom' | 'settledTo'> & {
  localityId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

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

  async search(query: CaseSearchQuery, staff: StaffPrincipal) {
    const { limit, offset, localityId, from, to, ...filter } = query;
    let councilCommunityIds = await this.directory.communityIdsOfCouncil(staff.councilId);
    if (localityId !== undefined) {
      // A locality (乡镇/街道) stands for its communities; another council's locality has none here.
      const locality = (await this.directory.localities(staff.councilId)).find((l) => l.id === localityId);
      const ofLocality = new Set(locality?.communities.map((c) => c.id) ?? []);
      councilCommunityIds = councilCommunityIds.filter((id) => ofLocality.has(id));
    }
    const settledFrom = from ? startOfChinaDay(from) : undefined;
    const settledTo = to ? startOfChinaDay(to) : undefined;
    const [rows, { total, totalIsLowerBound }] = await this.cases.search({ ...filter, councilCommunityIds, settledFrom, settledTo, take: limit, skip: offset });
    return { total, totalIsLowerBound, items: rows.map(caseView) };
  }

  async get(id: string, staff: StaffPrincipal) {
    const found = await this.cases.findById(id);
    if (!found || !(await this.directory.communityIdsOfCouncil(staff.councilId)).includes(found.communityId)) throw notFound('case');
    return caseView(found);
  }
}
