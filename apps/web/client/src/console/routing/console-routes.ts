import type { ConsoleSection } from '../auth/console-access';

export type AdminPage = 'organisation' | 'members' | 'balance' | 'audit' | 'staff' | 'dead-letters' | 'calendar' | 'deliveries' | 'history';

export type ConsoleRoute =
  | { page: 'sign-in' }
  | { page: 'inbox' }
  | { page: 'dashboard' }
  | { page: 'problems' }
  | { page: 'problem'; problemId: string }
  | { page: 'screening' }
  | { page: 'claims' }
  | { page: 'consultations' }
  | { page: 'consultation'; problemId: string }
  | { page: 'referrals' }
  | { page: 'referral'; referralId: string }
  | { page: 'supervision' }
  | { page: 'follow-ups' }
  | { page: 'cases' }
  | { page: 'case'; caseId: string }
  | { page: 'suggestions' }
  | { page: 'suggestion-draft'; caseId?: string }
  | { page: 'suggestion'; suggestionId: string }
  | { page: 'admin'; admin: 'organisation' | 'balance' | 'audit' | 'staff' | 'dead-letters' | 'calendar' | 'deliveries' | 'history' }
  | { page: 'admin'; admin: 'members'; groupId: string }
  | { page: 'not-found' };

export const CONSOLE_ROOT = '/console';

const ONE = '([^/]+)';
const ROUTES: [RegExp, (m: string[]) => ConsoleRoute][] = [
  [/^$/, () => ({ page: 'dashboard' })],
  [/^\/sign-in$/, () => ({ page: 'sign-in' })],
  [/^\/problems$/, () => ({ page: 'problems' })],
  [new RegExp(`^/problems/${ONE}$`), (m) => ({ page: 'problem', problemId: m[1] })],
  [/^\/screening$/, () => ({ page: 'screening' })],
  [/^\/claims$/, () => ({ page: 'claims' })],
  [/^\/consultations$/, () => ({ page: 'consultations' })],
  [new RegExp(`^/consultations/${ONE}$`), (m) => ({ page: 'consultation', problemId: m[1] })],
  [/^\/referrals$/, () => ({ page: 'referrals' })],
  [new RegExp(`^/referrals/${ONE}$`), (m) => ({ page: 'referral', referralId: m[1] })],
  [/^\/supervision$/, () => ({ page: 'supervision' })],
  [/^\/follow-ups$/, () => ({ page: 'follow-ups' })],
  [/^\/cases$/, () => ({ page: 'cases' })],
  [new RegExp(`^/cases/${ONE}$`), (m) => ({ page: 'case', caseId: m[1] })],
  [/^\/suggestions$/, () => ({ page: 'suggestions' })],
  [/^\/suggestions\/new$/, () => ({ page: 'suggestion-draft' })],
  [new RegExp(`^/suggestions/${ONE}$`), (m) => ({ page: 'suggestion', suggestionId: m[1] })],
  [/^\/admin$/, () => ({ page: 'admin', admin: 'organisation' })],
  [new RegExp(`^/admin/groups/${ONE}$`), (m) => ({ page: 'admin', admin: 'members', groupId: m[1] })],
  [/^\/admin\/balance$/, () => ({ page: 'admin', admin: 'balance' })],
  [/^\/admin\/audit$/, () => ({ page: 'admin', admin: 'audit' })],
  [/^\/admin\/staff$/, () => ({ page: 'admin', admin: 'staff' })],
  [/^\/admin\/dead-letters$/, () => ({ page: 'admin', admin: 'dead-letters' })],
  [/^\/admin\/calendar$/, () => ({ page: 'admin', admin: 'calendar' })],
  [/^\/admin\/deliveries$/, () => ({ page: 'admin', admin: 'deliveries' })],
  [/^\/admin\/history$/, () => ({ page: 'admin', admin: 'history' })],
  [/^\/inbox$/, () => ({ page: 'inbox' })],
];

/** The console page for a path under /console (a trailing slash is ignored). */
export function consoleRouteOf(pathname: string): ConsoleRoute {
  const rest = pathname.replace(/^\/console/, '').replace(/\/+$/, '');
  for (const [pattern, route] of ROUTES) {
    const match = pattern.exec(rest);
    if (match) return decodeIds(route(match));
  }
  return { page: 'not-found' };
}

function decodeIds(route: ConsoleRoute): ConsoleRoute {
  try {
    if ('problemId' in route) return { ...route, problemId: decodeURIComponent(route.problemId) };
    if ('caseId' in route && route.caseId !== undefined) return { ...route, caseId: decodeURIComponent(route.caseId) };
    if ('suggestionId' in route) return { ...route, suggestionId: decodeURIComponent(route.suggestionId) };
    if ('referralId' in route) return { ...route, referralId: decodeURIComponent(route.referralId) };
    if ('groupId' in route) return { ...route, groupId: decodeURIComponent(route.groupId) };
    return route;
  } catch {
    return { page: 'not-found' };
  }
}

/** The section a page belongs to, for the navigation and the role check (null: open to all). */
export function sectionOf(route: ConsoleRoute): ConsoleSection | null {
  switch (route.page) {
    case 'sign-in':
    case 'not-found':
    case 'inbox': // everyone's own notifications
      return null;
    case 'problem':
      return 'problems';
    case 'consultation':
      return 'consultations';
    case 'referral':
      return 'referrals';
    case 'follow-ups':
      return 'followUps';
    case 'case':
      return 'cases';
    case 'suggestion':
    case 'suggestion-draft':
      return 'suggestions';
    default:
      return route.page;
  }
}

/** Paths of the console's pages. */
export const consolePath = {
  home: CONSOLE_ROOT,
  signIn: `${CONSOLE_ROOT}/sign-in`,
  section: (section: ConsoleSection) => (section === 'dashboard' ? CONSOLE_ROOT : `${CONSOLE_ROOT}/${section === 'followUps' ? 'follow-ups' : section}`),
  problem: (id: string) => `${CONSOLE_ROOT}/problems/${encodeURIComponent(id)}`,
  consultation: (problemId: string) => `${CONSOLE_ROOT}/consultations/${encodeURIComponent(problemId)}`,
  case: (id: string) => `${CONSOLE_ROOT}/cases/${encodeURIComponent(id)}`,
  suggestion: (id: string) => `${CONSOLE_ROOT}/suggestions/${encodeURIComponent(id)}`,
  /** The drafting form, with a case already ticked when drafting from a case. */
  newSuggestion: (fromCaseId?: string) => `${CONSOLE_ROOT}/suggestions/new${fromCaseId ? `?case=${encodeURIComponent(fromCaseId)}` : ''}`,
  /** One referral, where its department and team lead act on it (notifications link here). */
  referral: (id: string) => `${CONSOLE_ROOT}/referrals/${encodeURIComponent(id)}`,
  group: (groupId: string) => `${CONSOLE_ROOT}/admin/groups/${encodeURIComponent(groupId)}`,
  balance: `${CONSOLE_ROOT}/admin/balance`,
  audit: `${CONSOLE_ROOT}/admin/audit`,
  staffAccounts: `${CONSOLE_ROOT}/admin/staff`,
  deadLetters: `${CONSOLE_ROOT}/admin/dead-letters`,
  calendar: `${CONSOLE_ROOT}/admin/calendar`,
  deliveries: `${CONSOLE_ROOT}/admin/deliveries`,
  historyImport: `${CONSOLE_ROOT}/admin/history`,
  inbox: `${CONSOLE_ROOT}/inbox`,
};
