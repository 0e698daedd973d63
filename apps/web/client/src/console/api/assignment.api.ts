import type { UnsuitableReason } from '@shangliang/contracts/problem/outcome';
import type { Label } from './labels.types';
import { get, patch, post, queryString } from './staff-http';

import type { StaffPrincipal, StaffRole } from '@shangliang/contracts/staff/staff';
import type { TeamScope } from '@shangliang/contracts/problem/outcome';

export { STAFF_ROLES, type StaffPrincipal, type StaffRole } from '@shangliang/contracts/staff/staff';
export { TEAM_SCOPES, type TeamScope } from '@shangliang/contracts/problem/outcome';

/** A staff account as admins see it (never its password). */
export type StaffAccount = Omit<StaffPrincipal, 'staffId' | 'mustChangePassword'> & {
  id: string;
  username: string;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
};

/** Where an account acts: the one id field its role needs (none for admins and supervisors). */
export type Placement = { role: StaffRole; localityId?: string; memberId?: string; committeeId?: string; viceChairId?: string; departmentId?: string };

export interface ScreeningItem {
  problemId: string;
  reference: string;
  category: string;
  communityId: string;
  status: 'pending' | 'suitable' | 'unsuitable' | 'withdrawn';
  dueAt: string;
  escalationLevel: number;
  decidedBy: string | null;
  decidedAt: string | null;
  reasonCode: string | null;
  referredTo: string | null;
  siteMeetingNote: string | null;
  scope: TeamScope | null;
  teamSize: number | null;
  createdAt: string;
}

export type ScreeningDecision =
  | { suitable: true; scope: TeamScope; teamSize?: number; siteMeetingNote?: string }
  | { suitable: false; reasonCode: UnsuitableReason; referredTo?: string };

export interface Claim {
  memberId: string;
  lead: boolean;
  seat: number;
  createdAt: string;
}

export interface ClaimItem {
  problemId: string;
  reference: string;
  category: string;
  communityId: string;
  scope: TeamScope;
  seats: number;
  status: 'open' | 'formed';
  dueAt: string;
  /** 0 members may claim; 1 the group leader assigns; 2 the special committee assigns. */
  escalationLevel: number;
  formedAt: string | null;
  formedBy: string | null;
  createdAt: string;
  claims: Claim[];
}

/** A member of the item's group, ranked by expertise fit and load, with the reasons. */
export interface RankedCandidate {
  memberId: string;
  name: string;
  expertise: string[];
  available: boolean;
  load: number;
  score: number;
  reasons: string[];
}

export interface OrganisationViceChair {
  id: string;
  name: string;
  committees: {
    id: string;
    name: string;
    groups: { id: string; leaderMemberId: string; members: number; community: { id: string; name: string; locality: string } }[];
  }[];
}

export interface CouncilMember {
  id: string;
  name: string;
  standing: boolean;
  expertise: string[];
  lat: number;
  lng: number;
  available: boolean;
  groupId: string | null;
}

export interface Department {
  id: string;
  code: string;
  name: string;
}

export interface BalanceAssignment {
  memberId: string;
  groupId: string;
  communityId: string;
  distanceKm: number;
  rank: number;
  moved: boolean;
  joined: boolean;
  reason: Label;
}

export interface BalanceProposal {
  applied: boolean;
  totalDistanceKm: number;
  moves: number;
  joins: number;
  groupSizes: Record<string, number>;
  leadersMoving: string[];
  assignments: BalanceAssignment[];
}

export interface AuditEntry {
  id: string;
  actorId: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  occurredAt: string;
}

const id = encodeURIComponent;

export const assignmentApi = {
  login: (username: string, password: string) => post<{ token: string; staff: StaffPrincipal }>('assignment', '/auth/login', { username, password }),
  me: () => get<StaffPrincipal>('assignment', '/auth/me'),
  changePassword: (currentPassword: string, newPassword: string) => post<{ token: string; staff: StaffPrincipal }>('assignment', '/auth/password', { currentPassword, newPassword }),
  staffAccounts: () => get<StaffAccount[]>('assignment', '/admin/staff-accounts'),
  createStaffAccount: (input: { username: string; displayName: string } & Placement) =>
    post<{ account: StaffAccount; oneTimePassword: string }>('assignment', '/admin/staff-accounts', input),
  updateStaffAccount: (id: string, change: { active?: boolean; displayName?: string; placement?: Placement }) =>
    patch<StaffAccount>('assignment', `/admin/staff-accounts/${encodeURIComponent(id)}`, change),
  resetStaffPassword: (id: string) => post<{ account: StaffAccount; oneTimePassword: string }>('assignment', `/admin/staff-accounts/${encodeURIComponent(id)}/password-reset`, {}),

  screeningItems: (status: ScreeningItem['status']) => get<ScreeningItem[]>('assignment', `/screening-items${queryString({ status })}`),
  decide: (problemId: string, decision: ScreeningDecision) => post<ScreeningItem>('assignment', `/screening-items/${id(problemId)}/decision`, decision),

  claimItems: (query: { status?: 'open' | 'formed'; queue?: 'leader' | 'committee' }) => get<ClaimItem[]>('assignment', `/claim-items${queryString(query)}`),
  candidates: (problemId: string) => get<RankedCandidate[]>('assignment', `/claim-items/${id(problemId)}/candidates`),
  claim: (problemId: string, lead: boolean) => post<ClaimItem>('assignment', `/claim-items/${id(problemId)}/claims`, { lead }),
  assignTeam: (problemId: string, team: { leadMemberId: string; memberIds: string[] }) => post<ClaimItem>('assignment', `/claim-items/${id(problemId)}/team`, team),

  organisation: () => get<OrganisationViceChair[]>('assignment', '/admin/organisation'),
  /** The council's members, or one group's. */
  members: (groupId?: string) => get<CouncilMember[]>('assignment', `/admin/members${queryString({ groupId })}`),
  departments: () => get<Department[]>('assignment', '/departments'),
  balance: (apply: boolean) => post<BalanceProposal>('assignment', '/admin/groups/balance', { apply }),
  audit: (limit = 100) => get<AuditEntry[]>('assignment', `/admin/audit${queryString({ limit })}`),
};
