import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden } from '@shangliang/http';
import type { ReferralForStep } from './referral-step.repository';

/** Who takes a step: the referred department, or the problem's team lead deciding on it. */
export type StepActor = 'department' | 'team_lead';

/**
 * A department acts on its own referrals only (department ids belong to one council, so this is
 * council-scoped too); the team lead is the staff account whose member leads the item's team.
 */
export function checkActor(actor: StepActor, referral: ReferralForStep, staff: StaffPrincipal): void {
  if (actor === 'department') {
    if (staff.role !== 'department' || staff.departmentId !== referral.departmentId) throw forbidden('only the department the problem was referred to takes this step');
    return;
  }
  if (staff.memberId === null || staff.memberId !== referral.item.leadMemberId) throw forbidden("only the problem's team lead decides this");
}

export function isTeamLead(referral: Pick<ReferralForStep, 'item'>, staff: StaffPrincipal): boolean {
  return staff.memberId !== null && staff.memberId === referral.item.leadMemberId;
}
