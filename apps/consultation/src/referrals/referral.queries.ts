import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound } from '@shangliang/http';
import { CommunityScope } from '@shangliang/organisation';
import { referralView } from '../consultation-items/consultation-item.view';
import { ReferralRepository, type ReferralWithContext } from './referral.repository';

/**
 * Whose referrals a caller reaches: a department its own; admins and supervisors their
 * council's; a team lead those of the problems their team works on (to decide on them).
 */
export type ReferralScope =
  | { departmentId: string; communityIds?: undefined; leadMemberId?: undefined }
  | { departmentId?: undefined; communityIds: string[]; leadMemberId?: undefined }
  | { departmentId?: undefined; communityIds?: undefined; leadMemberId: string };

/** Reads of referrals: a department sees its own, admins and supervisors their council's, team leads their items'. */
@Injectable()
export class ReferralQueries {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly communities: CommunityScope,
  ) {}

  async list(query: { status?: string; awaitingLead?: boolean; limit: number; offset: number }, staff: StaffPrincipal) {
    const [rows, { total, totalIsLowerBound }] = await this.referrals.list({
      status: query.status,
      awaitingLead: query.awaitingLead,
      scope: await this.scopeOf(staff),
      take: query.limit,
      skip: query.offset,
    });
    return { total, totalIsLowerBound, items: rows.map(referralWithContextView) };
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
    if ((staff.role === 'member' || staff.role === 'group_leader') && staff.memberId) return { leadMemberId: staff.memberId };
    throw forbidden('referrals are visible to their department, the team lead, supervisors and admins');
  }
}

export function inScope(scope: ReferralScope, referral: { departmentId: string; item: { communityId: string; leadMemberId?: string } }): boolean {
  if (scope.departmentId !== undefined) return referral.departmentId === scope.departmentId;
  if (scope.leadMemberId !== undefined) return referral.item.leadMemberId === scope.leadMemberId;
  return scope.communityIds.includes(referral.item.communityId);
}

export function referralWithContextView(r: ReferralWithContext) {
  return {
    ...referralView(r),
    reference: r.item.reference,
    category: r.item.category,
    communityId: r.item.communityId,
    leadMemberId: r.item.leadMemberId,
    handlerName: r.handlerName,
    signedAt: r.signedAt?.toISOString() ?? null,
    extensionRequestedUntil: r.extensionDueAt?.toISOString() ?? null,
    result: r.result,
    completedAt: r.completedAt?.toISOString() ?? null,
    previousReferralId: r.previousReferralId,
    steps: r.steps.map((s) => ({ id: s.id, kind: s.kind, detail: s.detail, actorStaffId: s.actorStaffId, createdAt: s.createdAt.toISOString() })),
    photos: r.photos.map((p) => ({ id: p.id, contentType: p.contentType, size: p.size, createdAt: p.createdAt.toISOString() })),
  };
}
