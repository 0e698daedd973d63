/**
 * Staff roles, by their place in the organisation (DOMAIN.md: people and organisation). Plain
 * data with no dependencies, so the services, the auth lib and the browser console share it.
 */
export const STAFF_ROLES = [
  'admin',
  'vice_chair', // 分管主席
  'committee', // 专委会
  'group_leader', // 组长 (a standing member leading a member group)
  'member', // 政协委员
  'convener', // 召集人
  'supervisor', // 督查 / 监督员
  'department', // 职能部门 staff
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is calling, as carried in the signed token (and answered by GET /auth/me). */
export interface StaffPrincipal {
  staffId: string;
  role: StaffRole;
  displayName: string;
  councilId: string;
  memberId: string | null;
  groupId: string | null;
  localityId: string | null;
  committeeId: string | null;
  viceChairId: string | null;
  departmentId: string | null;
  /** Set after an admin's reset: the account must choose a new password before anything else. */
  mustChangePassword?: boolean;
}
