import type { StaffRole } from '../api/assignment.api';

/** The console's sections, in navigation order. */
export const CONSOLE_SECTIONS = ['dashboard', 'problems', 'screening', 'claims', 'consultations', 'referrals', 'supervision', 'followUps', 'cases', 'suggestions', 'admin'] as const;
export type ConsoleSection = (typeof CONSOLE_SECTIONS)[number];

const EVERYONE: readonly StaffRole[] = ['admin', 'vice_chair', 'committee', 'group_leader', 'member', 'convener', 'supervisor', 'department'];

/**
 * Who uses which section, mirroring the services' @Roles (the services still decide: this only
 * keeps the navigation to what a role can use).
 */
const SECTION_ROLES: Record<ConsoleSection, readonly StaffRole[]> = {
  dashboard: EVERYONE,
  // Departments work from their referrals, not from the problem bank (intake ProblemsController).
  problems: ['admin', 'vice_chair', 'committee', 'group_leader', 'member', 'convener', 'supervisor'],
  // Deciding: conveners and group leaders, then the committee and vice-chair once overdue.
  screening: ['admin', 'vice_chair', 'committee', 'group_leader', 'convener'],
  claims: ['admin', 'vice_chair', 'committee', 'group_leader', 'member'],
  consultations: ['admin', 'vice_chair', 'committee', 'group_leader', 'member', 'convener', 'supervisor'],
  // Team leads (members, group leaders) decide on their referrals' extensions, returns, completions.
  referrals: ['admin', 'supervisor', 'department', 'member', 'group_leader'],
  supervision: ['admin', 'vice_chair', 'supervisor'],
  followUps: ['admin', 'supervisor', 'convener', 'group_leader'],
  cases: EVERYONE,
  // The suggestion bank (委员建言库): the council's staff read it (SuggestionsController).
  suggestions: ['admin', 'vice_chair', 'committee', 'group_leader', 'member', 'convener', 'supervisor'],
  admin: ['admin', 'vice_chair'],
};

export function canUse(role: StaffRole, section: ConsoleSection): boolean {
  return SECTION_ROLES[section].includes(role);
}

export function sectionsFor(role: StaffRole): ConsoleSection[] {
  return CONSOLE_SECTIONS.filter((s) => canUse(role, s));
}

/** Finer permissions inside a section, from the services' @Roles on each action. */
export const can = {
  seeContact: (role: StaffRole) => ['convener', 'group_leader', 'supervisor', 'admin'].includes(role),
  merge: (role: StaffRole) => ['convener', 'group_leader', 'admin'].includes(role),
  waitOnResident: (role: StaffRole) => ['convener', 'group_leader', 'member', 'supervisor', 'admin'].includes(role),
  claim: (role: StaffRole) => role === 'member' || role === 'group_leader',
  leaderQueue: (role: StaffRole) => role === 'group_leader' || role === 'admin',
  committeeQueue: (role: StaffRole) => ['committee', 'vice_chair', 'admin'].includes(role),
  /** Members and group leaders lead teams; the service checks that this one leads the problem's. */
  decideOnReferrals: (role: StaffRole) => role === 'member' || role === 'group_leader',
  resolveSupervision: (role: StaffRole) => role === 'supervisor' || role === 'admin',
  editCases: (role: StaffRole) => ['supervisor', 'convener', 'admin'].includes(role),
  /** Members propose suggestions; the committee and admins review, submit and record adoption. */
  draftSuggestions: (role: StaffRole) => ['member', 'group_leader', 'committee', 'admin'].includes(role),
  reviewSuggestions: (role: StaffRole) => role === 'committee' || role === 'admin',
  /** Members' lists, balancing and the audit log are the admin's alone; vice-chairs read the overview. */
  administer: (role: StaffRole) => role === 'admin',
};
