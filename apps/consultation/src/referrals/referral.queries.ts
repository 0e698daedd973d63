import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound } from '@shangliang/http';
import { CommunityScope } from '@shangliang/organisation';
import { referralView } from '../consultation-items/consultation-item.view';
import { ReferralRepository, type ReferralWithContext } from './referral.repository';

/** Whose referrals a caller reaches: a department its own; admins and supervisors their council's. */
export type ReferralScope = { departmentId: string; communityIds?: undefined } | { departmentId?: undefined; communityIds: string[] };

/** Reads of referrals: a department sees its own, admins and supervisors their council's. */
@Injectable()
export class ReferralQueries {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly communities: CommunityScope,
  ) {}

  async list(query: { status?: string; limit: number; offset: number }, staff: StaffPrincipal) {
    const [rows, total] = await this.referrals.list({ status: query.status, scope: await this.scopeOf(staff), take: query.limit, skip: query.offset });
    return { total, items: rows.map(referralWithContextView) };
  }

  async get(id: string, staff: StaffPrincipal) {
    const scope = await this.scopeOf(staff);
    const referral = await this.referrals.findWithContext(id);
    if (!referral) throw notFound('referral');
    if (!inScope(scope, referral)) throw forbidden('this referral is outside your department or council');
    return referralWithContextView(referral);
  }

  async scopeOf(staff: StaffPrincipal): Promise<ReferralScope> {
    if (staff.role === 'admin' || staff.role === 'supervisor') return { communityIds: (await this.communities.of(staff)) ?? [] };
    if (staff.role === 'department' && staff.departmentId) return { departmentId: staff.departmentId };
    throw forbidden('referrals are visible to their department, supervisors and admins');
  }
}

export function inScope(scope: ReferralScope, referral: { departmentId: string; item: { communityId: string } }): boolean {
  return scope.departmentId !== undefined ? referral.departmentId === scope.departmentId : scope.communityIds.includes(referral.item.communityId);
}

export function referralWithContextView(r: ReferralWithContext) {
  return { ...referralView(r), reference: r.item.reference, category: r.item.category, communityId: r.item.communityId };
}
