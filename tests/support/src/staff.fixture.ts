import type { StaffPrincipal, StaffRole } from '@shangliang/auth';

/** A staff principal for specs: no scope unless the test gives one. */
export function staffOf(role: StaffRole, scope: Partial<StaffPrincipal> = {}): StaffPrincipal {
  return {
    staffId: `staff-${role}`,
    role,
    displayName: role,
    councilId: 'city',
    memberId: null,
    groupId: null,
    localityId: null,
    committeeId: null,
    viceChairId: null,
    departmentId: null,
    ...scope,
  };
}
