import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { CommunityScope } from '@shangliang/organisation';
import { FollowUpRepository } from './follow-up.repository';
import { followUpView } from './follow-up.view';

/** Reads of follow-ups: supervisors and admins see all, conveners and leaders their area's. */
@Injectable()
export class FollowUpQueries {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly scope: CommunityScope,
  ) {}

  async list(query: { status?: string; limit: number; offset: number }, staff: StaffPrincipal) {
    const communityIds = await this.scope.of(staff);
    const [rows, { total, totalIsLowerBound }] = await this.followUps.list({ status: query.status, communityIds, take: query.limit, skip: query.offset });
    return { total, totalIsLowerBound, items: rows.map(followUpView) };
  }
}
