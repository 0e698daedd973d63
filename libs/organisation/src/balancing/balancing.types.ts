/** A council member (政协委员) to place; `currentCommunityId` is set when re-balancing existing groups. */
export interface BalancingMember {
  id: string;
  lat: number;
  lng: number;
  currentCommunityId?: string;
}

/** A community (社区); each one gets exactly one member group. */
export interface BalancingCommunity {
  id: string;
  name?: string;
  lat: number;
  lng: number;
}

export interface BalanceGroupsInput {
  members: readonly BalancingMember[];
  communities: readonly BalancingCommunity[];
}

export interface BilingualText {
  en: string;
  zh: string;
}

/** Where one member went and why, in words a convener can read back to the member. */
export interface MemberAssignment {
  memberId: string;
  communityId: string;
  /** Residence → community, rounded to the metre (the unit the solver optimises). */
  distanceKm: number;
  /** 1 = the member's nearest community; ties share a rank. */
  rank: number;
  /** True when the member had a current community and now belongs to a different one. */
  moved: boolean;
  previousCommunityId?: string;
  reason: BilingualText;
}

export interface BalanceGroupsResult {
  /** One per member, in input order. */
  assignments: MemberAssignment[];
  /** Members per community id; every value is floor(N/C) or ceil(N/C). */
  groupSizes: Record<string, number>;
  totalDistanceKm: number;
  /** Members whose community changed (members without a current community never count). */
  moves: number;
}
