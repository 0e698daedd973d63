// The staff's other lists at a city's size, for the `rows` part: consultation items, referrals,
// democratic-supervision cases, follow-ups, the suggestion bank, a busy inbox and the deliveries
// log, each read through its HTTP API as the staff who use it, with varied filters and pages; and
// the public list, Open311's GET requests, as city apps poll it.
// - What a year of the bank brings with it is seeded here in SQL, in the services' shapes, on top
//   of the part's problems and cases (topping up like the rest): a follow-up for every archived
//   case of the workflow (a few still pending), BENCH_SUGGESTIONS suggestions, and
//   BENCH_DELIVERIES notification deliveries (inbox, e-mail, text, webhook) of a quarter as many
//   events, the inbox ones in staff inboxes, a fifth of them in one group leader's.
import type { Pool } from 'pg';
import type { BenchContext } from './support/context';
import { draw, getJson, reportTimed, signIn, timeRequests, totalOf } from './support/staff-requests';

const SUGGESTIONS = Number(process.env.BENCH_SUGGESTIONS ?? 20_000);
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 1_000_000);
const BATCH = 100_000;

const REFERRAL_STATUSES = ['open', 'signed', 'returned', 'completed', 'confirmed', 'responded'];
const SUGGESTION_STATUSES = ['draft', 'under_review', 'approved', 'submitted', 'withdrawn'];
const ADOPTIONS = ['pending', 'adopted', 'partly_adopted', 'not_adopted'];
/** Deliveries that did not go out (none left pending: the service would send them). */
const UNSENT = ['failed', 'skipped'];
const DELIVERY_STATUSES = ['sent', 'failed', 'skipped', 'pending'];
const NOTICE_KINDS = ['screening.overdue', 'claiming.overdue', 'referral.overdue', 'problem.claimed', 'consultation.concluded', 'follow-up.due'];

async function count(db: Pool, sql: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(sql);
  return Number(rows[0]?.n ?? 0);
}

/** Staff who receive notices, the busiest first (a group leader). */
async function inboxStaff(db: Pool): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM organisation.staff_accounts WHERE council_id = 'council-city' AND role IN ('group_leader', 'convener', 'committee', 'supervisor') ORDER BY role = 'group_leader' DESC, id`,
  );
  return rows.map((r) => r.id);
}

/** Follow-ups of the workflow's archived bench cases: recorded, 2 % still pending (due soon). */
async function seedFollowUps(db: Pool): Promise<void> {
  await db.query(
    `INSERT INTO supervision.follow_ups (problem_id, reference, category, community_id, status, due_at, satisfaction, recorded_by, recorded_at, result, created_at)
     SELECT c.problem_id, c.reference, c.category, c.community_id,
            CASE WHEN p.pending THEN 'pending' ELSE 'recorded' END,
            CASE WHEN p.pending THEN now() + interval '1 hour' * (abs(hashtext(c.reference)) % 240) ELSE c.settled_at - interval '1 day' END,
            CASE WHEN NOT p.pending THEN coalesce(c.satisfaction, 'satisfied') END,
            CASE WHEN NOT p.pending THEN 'staff-' || c.lead_member_id END,
            CASE WHEN NOT p.pending THEN c.settled_at - interval '2 days' END,
            CASE WHEN NOT p.pending THEN 'answered' END,
            c.settled_at - interval '4 days'
       FROM supervision.cases c CROSS JOIN LATERAL (SELECT abs(hashtext(c.reference)) % 50 = 0 AS pending) p
      WHERE c.reference LIKE 'BENCH-C-%' AND c.problem_id IS NOT NULL
     ON CONFLICT DO NOTHING`,
  );
}

/** Suggestions `BENCH-S-<n>` of the city council over the past year, each with a proposer. */
async function seedSuggestions(db: Pool, communities: string[], members: string[], from: number, to: number): Promise<void> {
  await db.query(
    `WITH drawn AS (
       SELECT n, 365 * random() AS age, random() AS r1, random() AS r2, random() AS r3, floor(random() * cardinality($4::text[]))::int AS m
         FROM generate_series($1::int, $2::int) n
     ), shaped AS (
       SELECT d.*, now() - d.age * interval '1 day' AS created_at,
              (ARRAY['draft','under_review','approved','submitted','submitted','submitted','withdrawn'])[1 + floor(d.r1 * 7)::int] AS status
         FROM drawn d
     )
     INSERT INTO supervision.suggestions (id, council_id, reference, title, text, status, community_ids, submitted_to_kind, submitted_to, submitted_at, adoption, adoption_reason, adopting_body, adopted_at, created_by, created_at, updated_at)
     SELECT md5('bench-suggestion-' || s.n)::uuid, 'council-city', 'BENCH-S-' || lpad(s.n::text, 8, '0'),
            '关于' || (ARRAY['老旧小区加装电梯','背街小巷路灯改造','社区养老助餐','停车难治理','垃圾分类','河道整治'])[1 + floor(s.r2 * 6)::int] || '的建议 ' || s.n,
            '委员在走访和协商中了解到居民反映集中，建议统筹规划、分步实施。',
            s.status,
            ARRAY[($3::text[])[1 + floor(s.r3 * cardinality($3::text[]))::int]],
            CASE WHEN s.status = 'submitted' THEN 'department' END,
            CASE WHEN s.status = 'submitted' THEN '住建局' END,
            CASE WHEN s.status = 'submitted' THEN s.created_at + interval '10 days' END,
            s.adoption,
            CASE WHEN s.adoption = 'not_adopted' THEN '不具备实施条件，已纳入下年度计划研究' END,
            CASE WHEN s.adoption IN ('adopted', 'partly_adopted') THEN '住建局' END,
            CASE WHEN s.adoption IN ('adopted', 'partly_adopted') THEN s.created_at + interval '40 days' END,
            'staff-' || ($4::text[])[1 + s.m],
            s.created_at, s.created_at + interval '12 days' * s.r3
       FROM (SELECT shaped.*, CASE WHEN status = 'submitted' THEN (ARRAY['pending','adopted','adopted','partly_adopted','not_adopted'])[1 + floor(r2 * 5)::int] END AS adoption FROM shaped) s
     ON CONFLICT DO NOTHING`,
    [from, to, communities, members],
  );
  await db.query(
    `INSERT INTO supervision.suggestion_proposers (suggestion_id, member_id)
     SELECT id, substr(created_by, 7) FROM supervision.suggestions WHERE reference BETWEEN 'BENCH-S-' || lpad($1::text, 8, '0') AND 'BENCH-S-' || lpad($2::text, 8, '0')
     ON CONFLICT DO NOTHING`,
    [from, to],
  );
}

/**
 * Events `bench-event-<n>` on the bench problems, each told to a member of staff by inbox and
 * e-mail, most to the resident by text and some to a department by webhook: deliveries
 * [from, to) counted as four an event. A fifth of the staff notices go to the busiest staff.
 */
async function seedDeliveries(db: Pool, staff: string[], communities: string[], departments: string[], from: number, to: number): Promise<void> {
  const events = [Math.floor(from / 4) + 1, Math.floor(to / 4)];
  await db.query(
    `INSERT INTO notifications.notification_events (id, kind, problem_id, reference, community_id, council_id, variables, occurred_at, created_at)
     SELECT 'bench-event-' || n, ($3::text[])[1 + n % cardinality($3::text[])], md5('bench-case-problem-' || n)::uuid::text, 'BENCH-C-' || lpad(n::text, 8, '0'),
            ($4::text[])[1 + n % cardinality($4::text[])], 'council-city', '{}'::jsonb, t, t
       FROM generate_series($1::int, $2::int) n CROSS JOIN LATERAL (SELECT now() - interval '1 day' * (365 * random()) AS t) d
     ON CONFLICT DO NOTHING`,
    [events[0], events[1], NOTICE_KINDS, communities],
  );
  await db.query(
    `WITH e AS (
       SELECT e.id, e.occurred_at, n, CASE WHEN n % 5 = 0 THEN $3::text ELSE ($4::text[])[1 + n % cardinality($4::text[])] END AS staff_id
         FROM generate_series($1::int, $2::int) n JOIN notifications.notification_events e ON e.id = 'bench-event-' || n
     ), d AS (
       SELECT md5(e.id || '/' || c.channel)::uuid AS id, e.id AS event_id, e.occurred_at, e.n, c.channel, e.staff_id,
              CASE c.channel WHEN 'sms' THEN 'resident:' || md5('bench-resident-' || e.n)::uuid WHEN 'webhook' THEN 'department:' || ($5::text[])[1 + e.n % cardinality($5::text[])] ELSE 'staff:' || e.staff_id END AS recipient_key,
              CASE WHEN c.channel <> 'inbox' AND (e.n + length(c.channel)) % 20 = 0 THEN ($6::text[])[1 + (e.n / 20) % cardinality($6::text[])] ELSE 'sent' END AS status
         FROM e CROSS JOIN (VALUES ('inbox'), ('email'), ('sms'), ('webhook')) AS c(channel)
     ), written AS (
       INSERT INTO notifications.notification_deliveries (id, event_id, recipient_key, channel, council_id, status, attempts, sent_at, created_at, updated_at)
       SELECT id, event_id, recipient_key, channel, 'council-city', status, 1, CASE WHEN status = 'sent' THEN occurred_at + interval '2 seconds' END, occurred_at, occurred_at + interval '2 seconds'
         FROM d
       ON CONFLICT DO NOTHING
       RETURNING id, event_id, channel, created_at
     )
     INSERT INTO notifications.inbox_entries (id, delivery_id, staff_id, event_kind, title, body, link, created_at, read_at)
     SELECT md5('inbox/' || w.id)::uuid, w.id, substr(d.recipient_key, 7), e.kind, e.reference || ' 需要处理', '请及时处理。', '/console/problems/' || e.problem_id, w.created_at,
            CASE WHEN w.created_at < now() - interval '3 days' OR d.n % 4 = 0 THEN w.created_at + interval '1 hour' END
       FROM written w JOIN d ON d.id = w.id JOIN notifications.notification_events e ON e.id = w.event_id
      WHERE w.channel = 'inbox'`,
    [events[0], events[1], staff[0], staff, departments, UNSENT],
  );
}

/** Tops up what the other lists read; returns how long it took (s). */
export async function seedStaffLists(db: Pool, org: { city: string[]; departments: string[]; members: string[] }): Promise<number> {
  const started = performance.now();
  await seedFollowUps(db);
  const suggestions = await count(db, `SELECT count(*) AS n FROM supervision.suggestions WHERE reference LIKE 'BENCH-S-%'`);
  for (let from = suggestions + 1; from <= SUGGESTIONS; from += BATCH) await seedSuggestions(db, org.city, org.members, from, Math.min(SUGGESTIONS, from + BATCH - 1));
  const deliveries = 4 * (await count(db, `SELECT count(*) AS n FROM notifications.notification_events WHERE id LIKE 'bench-event-%'`));
  const staff = await inboxStaff(db);
  for (let from = deliveries; from < DELIVERIES; from += BATCH) await seedDeliveries(db, staff, org.city, org.departments, from, Math.min(DELIVERIES, from + BATCH));
  if (suggestions < SUGGESTIONS || deliveries < DELIVERIES) {
    for (const table of ['supervision.follow_ups', 'supervision.suggestions', 'supervision.suggestion_proposers', 'notifications.notification_events', 'notifications.notification_deliveries', 'notifications.inbox_entries']) {
      await db.query(`VACUUM (ANALYZE) ${table}`);
    }
  }
  return (performance.now() - started) / 1000;
}

type Community = { id: string; localityId: string };

/**
 * GET `path` with `params`, the i-th request as one of `tokens` (five in a row each, so that every
 * one meets every filter the draws give); the answer's total.
 */
function lister(context: BenchContext, service: Parameters<BenchContext['url']>[0], path: string, tokens: string[]) {
  return async (i: number, params: URLSearchParams) => {
    const { status, body } = await getJson(`${context.url(service)}${path}?${params}`, tokens[Math.floor(i / 5) % tokens.length]!);
    return { status, rows: totalOf(body) };
  };
}

/** A page as the console asks for it, deeper now and then. */
const page = (i: number, extra: Record<string, string | undefined> = {}) => {
  const params = new URLSearchParams({ limit: String(draw([20, 50, 50, 200], i)), offset: String(draw([0, 0, 0, 0, 50, 200, 1000], i + 3)) });
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
};

/** Times each list with `requests` requests and prints p50/p95 and the totals the staff saw. */
export async function timeStaffLists(context: BenchContext, communities: Community[], requests: number): Promise<void> {
  const { db } = context;
  const sizes = (
    await db.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM supervision.follow_ups) AS "follow-ups", (SELECT count(*) FROM supervision.suggestions) AS suggestions,
              (SELECT count(*) FROM notifications.notification_deliveries) AS deliveries, (SELECT count(*) FROM notifications.inbox_entries) AS "inbox entries"`,
    )
  ).rows[0]!;
  context.report.line('rows (the other lists)', Object.entries(sizes).map(([k, v]) => `${k} ${Number(v).toLocaleString('en')}`).join(', '));
  const { rows: busiest } = await db.query<{ staff_id: string; username: string; n: string }>(
    `SELECT i.staff_id, s.username, count(*)::text AS n FROM notifications.inbox_entries i JOIN organisation.staff_accounts s ON s.id = i.staff_id
      GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 3`,
  );
  const { rows: departments } = await db.query<{ department_id: string }>(
    `SELECT department_id FROM consultation.referrals GROUP BY 1 ORDER BY count(*) DESC LIMIT 2`,
  );
  const conveners = [...new Set(communities.map((c) => `convener-${c.localityId}`))].slice(0, 3);
  const leaders = (await db.query<{ username: string }>(`SELECT username FROM organisation.staff_accounts WHERE role = 'group_leader' AND council_id = 'council-city' ORDER BY id LIMIT 2`)).rows.map((r) => r.username);

  const items = lister(context, 'consultation', '/consultation-items', await signIn(context, ['admin', ...conveners, ...leaders]));
  reportTimed(context, 'consultation items (GET /consultation-items)', await timeRequests(requests, (i) => items(i, page(i, { status: draw(['', 'open', 'concluded'], i) }))), 'total');

  // The console's second request for a queue page: the problems its items refer to, by id. A
  // queue's order is not the bank's, so a page's problems lie anywhere in it: drawn by id. (The
  // seeded consultation items belong to the seeded cases, whose problems are not in the bank.)
  const queuePages = await Promise.all(
    [0, 200, 5_000, 100_000, 400_000].map(async (offset) => (await db.query<{ id: string }>(`SELECT id FROM intake.problems ORDER BY id OFFSET $1 LIMIT 200`, [offset])).rows.map((r) => r.id)),
  );
  const titles = lister(context, 'intake', '/problems', await signIn(context, ['admin', ...conveners, ...leaders]));
  reportTimed(
    context,
    "a queue page's problems (GET /problems?ids=…)",
    await timeRequests(requests, (i) => titles(i, new URLSearchParams({ ids: draw(queuePages, i).slice(0, draw([20, 50, 200], i + 1)).join(','), limit: '200' }))),
    'total',
  );

  const referrals = lister(context, 'consultation', '/referrals', await signIn(context, [...departments.map((d) => d.department_id), 'admin', 'supervisor', ...leaders]));
  reportTimed(context, 'referrals (GET /referrals)', await timeRequests(requests, (i) => referrals(i, page(i, { status: draw(['', '', ...REFERRAL_STATUSES], i) }))), 'total');

  const supervision = lister(context, 'supervision', '/supervision-cases', await signIn(context, ['supervisor', 'admin']));
  reportTimed(
    context,
    'democratic-supervision cases (GET /supervision-cases)',
    await timeRequests(requests, (i) => supervision(i, page(i, { status: draw(['', 'open', 'resolved'], i), level: i % 5 === 4 ? 'leadership' : undefined }))),
    'total',
  );

  const followUps = lister(context, 'supervision', '/follow-ups', await signIn(context, ['supervisor', 'admin', ...conveners]));
  reportTimed(context, 'follow-ups (GET /follow-ups)', await timeRequests(requests, (i) => followUps(i, page(i, { status: draw(['', 'pending', 'recorded'], i) }))), 'total');

  const suggestions = lister(context, 'supervision', '/suggestions', await signIn(context, ['admin', 'supervisor', ...leaders]));
  const year = new Date().getUTCFullYear();
  reportTimed(
    context,
    'suggestion bank (GET /suggestions)',
    await timeRequests(requests, (i) =>
      suggestions(
        i,
        page(i, {
          status: i % 4 === 1 ? draw(SUGGESTION_STATUSES, i) : undefined,
          adoption: i % 4 === 2 ? draw(ADOPTIONS, i) : undefined,
          q: i % 4 === 3 ? draw(['电梯', '路灯', '养老', '停车难'], i) : undefined,
          from: i % 6 === 5 ? `${year}-01-01` : undefined,
        }),
      ),
    ),
    'total',
  );

  const inbox = lister(context, 'notifications', '/notifications/inbox', await signIn(context, busiest.map((b) => b.username)));
  context.report.line('inboxes read (entries)', busiest.map((b) => `${b.username} ${Number(b.n).toLocaleString('en')}`).join(', '));
  reportTimed(context, 'inbox (GET /notifications/inbox)', await timeRequests(requests, (i) => inbox(i, page(i, { unread: draw(['', 'true', 'false'], i) }))), 'total');

  // The public side: Open311 clients (city apps) poll the requests of a window, 1,000 at most.
  const day = 86_400_000;
  reportTimed(
    context,
    'Open311 requests (GET /open311/v2/requests.json, public)',
    await timeRequests(requests, async (i) => {
      const params = new URLSearchParams();
      if (i % 4 === 1) params.set('status', draw(['open', 'closed'], i));
      if (i % 4 === 2) params.set('service_code', draw(['environment', 'traffic', 'utilities', 'property_management', 'public_safety'], i));
      if (i % 4 === 3) {
        const end = Date.now() - draw([0, 7, 30, 200], i) * day;
        params.set('start_date', new Date(end - draw([1, 7, 30], i + 1) * day).toISOString());
        params.set('end_date', new Date(end).toISOString());
      }
      const res = await fetch(`${context.url('intake')}/open311/v2/requests.json?${params}`);
      const body = (await res.json()) as unknown[];
      return { status: res.status, rows: Array.isArray(body) ? body.length : 0 };
    }),
    'requests',
  );

  const deliveries = lister(context, 'notifications', '/admin/notifications/deliveries', await signIn(context, ['admin']));
  reportTimed(context, 'deliveries log (GET /admin/notifications/deliveries)', await timeRequests(requests, (i) => deliveries(i, page(i, { status: draw(['', '', ...DELIVERY_STATUSES], i) }))), 'total');
}
