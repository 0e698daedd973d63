import { STAFF_SERVICES, type StaffService } from './web.config';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Rule {
  methods: readonly Method[];
  pattern: RegExp;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const rule = (methods: readonly Method[], pattern: string): Rule => ({ methods, pattern: new RegExp(`^${pattern.replaceAll(':id', UUID)}$`) });

/**
 * The staff routes the console uses, per service, and no others: the hotline, Open311, API-key
 * and organisation-editing routes stay unreachable through this origin although every service
 * checks the token and role itself.
 */
const STAFF_ROUTES: Record<StaffService, readonly Rule[]> = {
  intake: [
    rule(['GET'], '/problems(/:id(/(history|contact|similar))?)?'),
    rule(['POST'], '/problems/:id/(merge|unmerge|awaiting-resident|resident-replied)'),
    // Every sender's outbox dead letters (any service serves them; the console asks intake).
    rule(['GET'], '/admin/outbox/dead-letters'),
    rule(['POST'], '/admin/outbox/dead-letters/:id/redrive'),
  ],
  assignment: [
    rule(['POST'], '/auth/(login|password)'),
    rule(['GET'], '/auth/me'),
    rule(['GET', 'POST'], '/admin/staff-accounts'),
    rule(['PATCH'], '/admin/staff-accounts/[a-z0-9-]{1,32}'),
    rule(['POST'], '/admin/staff-accounts/[a-z0-9-]{1,32}/password-reset'),
    rule(['GET'], '/departments'),
    rule(['GET'], '/screening-items(/:id)?'),
    rule(['POST'], '/screening-items/:id/decision'),
    rule(['GET'], '/claim-items(/:id(/candidates)?)?'),
    rule(['POST'], '/claim-items/:id/(claims|team)'),
    rule(['GET'], '/admin/(organisation|communities|members|groups|departments|audit)'),
    rule(['POST'], '/admin/groups/balance'),
    // The working-day calendar: its status for everyone, the council's adjustments for admins.
    rule(['GET'], '/calendar/status'),
    rule(['GET'], '/admin/calendar'),
    rule(['POST'], '/admin/calendar/adjustments'),
    rule(['DELETE'], '/admin/calendar/adjustments/cadj-[0-9a-f]{12}'),
  ],
  consultation: [
    rule(['GET'], '/consultation-items(/:id)?'),
    rule(['POST'], '/consultation-items/:id/(consultations|sessions|conclusion|team)'),
    rule(['POST'], '/consultation-items/:id/sessions/:id/photos'),
    rule(['GET'], '/consultation-items/:id/sessions/:id/photos/:id'),
    rule(['GET'], '/referrals(/:id)?'),
    rule(['POST'], '/referrals/:id/response'),
    // The department's steps (签收, progress, extension, 退回, 办结) and the team lead's decisions.
    rule(['POST'], '/referrals/:id/(sign|progress|extension-request|extension-decision|return|return-decision|completion|completion-decision|photos)'),
    rule(['GET'], '/referrals/:id/photos/:id'),
    rule(['GET'], '/dashboard/(figures|cadence)'),
    rule(['POST'], '/activities'),
  ],
  supervision: [
    rule(['GET'], '/supervision-cases(/:id)?'),
    rule(['POST'], '/supervision-cases/:id/resolution'),
    rule(['POST'], '/supervision-cases/:id/actions'),
    rule(['GET'], '/supervision-notices'),
    rule(['POST'], '/supervision-notices/:id/answer'),
    rule(['POST'], '/follow-ups/:id/attempts'),
    rule(['GET'], '/follow-ups'),
    rule(['POST'], '/follow-ups/:id'),
    rule(['GET'], '/cases(/:id)?'),
    rule(['PATCH'], '/cases/:id'),
    rule(['GET'], '/dashboard/figures'),
    // The figures (JSON, CSV, trend, league table) and the reports and workbooks built from them.
    rule(['GET'], '/figures(\\.csv|/trend|/departments|/definitions|/areas)?'),
    rule(['GET'], '/reports/(quarterly\\.docx|site-meeting\\.docx|figures\\.xlsx|cases\\.xlsx)'),
    // The suggestion bank (委员建言库) and the history import (往年台账).
    rule(['GET'], '/suggestions(/:id)?'),
    rule(['POST'], '/suggestions'),
    rule(['PATCH'], '/suggestions/:id'),
    rule(['POST'], '/suggestions/:id/(review-request|review|submission|adoption)'),
    rule(['POST'], '/admin/history/(cases|suggestions)'),
  ],
  notifications: [
    rule(['GET'], '/notifications/inbox(/unread-count)?'),
    rule(['POST'], '/notifications/inbox/(read-all|:id/read)'),
    rule(['GET', 'PUT'], '/notifications/preferences'),
    rule(['GET', 'PUT'], '/admin/notifications/departments/[a-z0-9-]{1,32}/channels'),
    rule(['GET'], '/admin/notifications/deliveries'),
    rule(['POST'], '/admin/notifications/deliveries/:id/resend'),
    rule(['GET'], '/admin/notifications/sms-sink/messages'),
  ],
};

export interface StaffRoute {
  service: StaffService;
  /** The path (and query) on the service. */
  path: string;
}

/**
 * Which service a `/staff/<service>/<path>` request (the part after /api) goes to, or null when
 * the console has no business there.
 */
export function staffRouteOf(method: string, path: string): StaffRoute | null {
  const match = /^\/staff\/([a-z]+)(\/[^?]*)(\?.*)?$/.exec(path);
  if (!match) return null;
  const [, service, pathname, query = ''] = match;
  if (!isStaffService(service)) return null;
  // Dot segments and encoded slashes could walk a permitted prefix into another route.
  if (/(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\/i.test(pathname)) return null;
  const allowed = STAFF_ROUTES[service].some((r) => (r.methods as readonly string[]).includes(method) && r.pattern.test(pathname));
  return allowed ? { service, path: `${pathname}${query}` } : null;
}

function isStaffService(name: string): name is StaffService {
  return (STAFF_SERVICES as readonly string[]).includes(name);
}
