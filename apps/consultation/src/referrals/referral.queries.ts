import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound } from '@shangliang/http';
import { referralView } from '../consultation-items/consultation-item.view';
import { ReferralRepository, type ReferralWithContext } from './referral.repository';

/** Reads of referrals: a department sees its own, admins and supervisors see all. */
@Injectable()
export class ReferralQueries {
  constructor(private readonly referrals: ReferralRepository) {}

  async list(query: { status?: string; limit: number; offset: number }, staff: StaffPrincipal) {
    const [rows, total] = await this.referrals.list({ status: query.status, departmentId: departmentScope(staff), take: query.limit, skip: query.offset });
    return { total, items: rows.map(referralWithContextView) };
  }

  async get(id: string, staff: StaffPrincipal) {
    const scope = departmentScope(staff);
    const referral = await this.referrals.findWithContext(id);
    if (!referral) throw notFound('referral');
    if (scope !== null && referral.departmentId !== scope) throw forbidden('this referral went to another department');
    return referralWithContextView(referral);
  }
}

/** The department whose referrals the caller sees, or null for all of them. */
function departmentScope(staff: StaffPrincipal): string | null {
  if (staff.role === 'admin' || staff.role === 'supervisor') return null;
  if (staff.role === 'department' && staff.departmentId) return staff.departmentId;
  throw forbidden('referrals are visible to their department, supervisors and admins');
}

export function referralWithContextView(r: ReferralWithContext) {
  return { ...referralView(r), reference: r.item.reference, category: r.item.category, communityId: r.item.communityId };
}
