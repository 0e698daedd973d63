// The roles and the principal are contracts shared with the console; auth re-exports them.
export { STAFF_ROLES, type StaffPrincipal, type StaffRole } from '@shangliang/contracts';
