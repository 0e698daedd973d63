import type { StaffPrincipal } from '@shangliang/auth';
import type { CommunityScope } from '@shangliang/organisation';
import type { ConsultationItemRecord, ItemVisibility } from './consultation-item.repository';

/** Who sees which consultation items: their scope's communities, plus the items of their team. */
export async function itemVisibilityOf(staff: StaffPrincipal, scope: CommunityScope): Promise<ItemVisibility> {
  return { communityIds: await scope.of(staff), memberId: staff.memberId };
}

export function isOnTeam(item: Pick<ConsultationItemRecord, 'leadMemberId' | 'memberIds'>, memberId: string | null): boolean {
  return memberId !== null && (item.leadMemberId === memberId || item.memberIds.includes(memberId));
}

export function isVisible(item: Pick<ConsultationItemRecord, 'communityId' | 'leadMemberId' | 'memberIds'>, visibility: ItemVisibility): boolean {
  if (visibility.communityIds === null) return true;
  return visibility.communityIds.includes(item.communityId) || isOnTeam(item, visibility.memberId);
}
