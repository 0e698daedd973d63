// Part `open-problems`: a city's open caseload, each problem a real `problemLifecycle` workflow
// waiting on its screening deadline (a durable timer), and a minute in which many of those
// deadlines fall due at once.
// - Fill (BENCH_OPEN_PROBLEMS, default 100,000): the problem rows go into intake's bank in bulk,
//   in the shape intake writes them (problem + `received` history entry; no resident contact, so
//   no personal data), then each problem's workflow is started directly with the input the
//   worker's gateway builds (the deadline policy file resolved for its category and urgency, its
//   council's working-day calendar, the same search attributes and memo) — not through the
//   HTTP API (≈50–70/s) and not through the outbox relay, whose start path the `loops` part
//   measures. The workflows then run as in production: their first steps reach intake and
//   assignment through the worker's activities and the services' queues. Starts are paced so
//   the pipeline keeps up (BENCH_FILL_CONCURRENCY in flight, at most BENCH_FILL_BACKLOG problems
//   not yet in screening).
// - Of these, BENCH_DUE_IN_MINUTE (default 10,000) get a screening limit that makes their
//   deadline fall, spread evenly, within one whole minute after the fill; the rest keep the
//   policy's limit (2 working days or more: far ahead). The due ones are started early in the
//   fill, so by their minute they have long left the worker's workflow cache, as in life.
// - Printed: fill rates; RSS of every worker and service process at rest and at peak during the
//   minute; the Temporal database's size; and escalation lateness: how long after its deadline
//   (the screening timer's start + its duration, from the workflow's history) the first rung of
//   the screening ladder fires (the workflow records `escalateScreening`), p50/p99/max, with
//   fired / expected; also when the timer fired and when the miss reached the problem bank.
import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import {
  CategorySearchAttribute,
  CommunityIdSearchAttribute,
  EscalatedSearchAttribute,
  PROBLEM_LIFECYCLE_TASK_QUEUE,
  PROBLEM_LIFECYCLE_WORKFLOW,
  problemWorkflowId,
  StageSearchAttribute,
  type ProblemCategory,
  type ProblemLifecycleInput,
  type WorkCalendar,
} from '@shangliang/contracts';
import { loadDeadlinePolicyFile, resolveDeadlinePolicy, type DeadlinePolicyFile } from '@shangliang/config';
import { councilCalendar } from '@shangliang/organisation';
import type { BenchContext } from './support/context';
import { cpuBetween, cpuSnapshot, mib, rssOfThisSystem } from './support/processes';
import { percentile, sleep } from './support/stats';

const TITLE_PREFIX = 'bench open problem';
const CATEGORIES: ProblemCategory[] = ['environment', 'public_facilities', 'traffic', 'property_management'];
const APPS = ['worker', 'intake', 'assignment', 'consultation', 'supervision', 'notifications', 'web'] as const;
const DAY_MS = 86_400_000;

interface Community {
  id: string;
  name: string;
  calendar: WorkCalendar;
}

interface FillSettings {
  total: number;
  due: number;
  concurrency: number;
  backlog: number;
  batch: number;
}

interface Problem {
  id: string;
  reference: string;
  category: ProblemCategory;
  community: Community;
  submittedAt: Date;
}

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The demo city's communities, each with its council's calendar as the gateway resolves it. */
async function loadCommunities(context: BenchContext): Promise<Community[]> {
  const { rows } = await context.db.query<{ id: string; name: string; council_id: string }>(
    `SELECT c.id, c.name, l.council_id FROM organisation.communities c JOIN organisation.localities l ON l.id = c.locality_id ORDER BY c.id`,
  );
  const now = Date.now();
  const first = new Date(now - 31 * DAY_MS).toISOString().slice(0, 10);
  const last = new Date(now + 2 * 365 * DAY_MS).toISOString().slice(0, 10);
  const calendars = new Map<string, WorkCalendar>();
  for (const councilId of new Set(rows.map((r) => r.council_id))) {
    const adjustments = await context.db.query<{ date: string; kind: string }>(`SELECT date, kind FROM organisation.calendar_adjustments WHERE council_id = $1`, [councilId]);
    calendars.set(councilId, councilCalendar(first, last, adjustments.rows.map((a) => ({ date: a.date, kind: a.kind === 'workday' ? 'workday' : 'holiday' }))));
  }
  return rows.map((r) => ({ id: r.id, name: r.name, calendar: calendars.get(r.council_id)! }));
}

// Crockford base32 without I, L, O, U, as intake's tracking codes.
const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const trackingCode = () => Array.from({ length: 8 }, () => TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)]).join('');

/** Writes `count` problems as intake does (reference from its sequence, `received` entry); returns those written. */
async function insertProblems(context: BenchContext, communities: Community[], from: number, count: number): Promise<Problem[]> {
  const { rows: numbers } = await context.db.query<{ id: string; n: string }>(
    `SELECT gen_random_uuid()::text AS id, nextval('intake.problem_reference_seq')::text AS n FROM generate_series(1, $1)`,
    [count],
  );
  const now = new Date();
  const problems = numbers.map((row, i): Problem => ({
    id: row.id,
    reference: `SL-${now.getUTCFullYear()}-${row.n.padStart(6, '0')}`,
    category: CATEGORIES[(from + i) % CATEGORIES.length]!,
    community: communities[(from + i) % communities.length]!,
    submittedAt: now,
  }));
  const written = await context.db.query<{ id: string }>(
    `INSERT INTO intake.problems (id, reference, tracking_code, source, category, urgency, title, description, community_id, address, stage, created_at, updated_at)
     SELECT id, reference, code, 'web', category, 'normal', $5 || ' #' || n, '小区路灯不亮，影响夜间出行，请尽快维修。', community_id, (n % 40 + 1) || '号楼', 'submitted', $6, $6
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $7::text[], $8::int[]) AS p(id, reference, code, category, community_id, n)
     ON CONFLICT DO NOTHING
     RETURNING id::text`,
    [
      problems.map((p) => p.id),
      problems.map((p) => p.reference),
      problems.map(() => trackingCode()),
      problems.map((p) => p.category),
      TITLE_PREFIX,
      now,
      problems.map((p) => p.community.id),
      problems.map((_, i) => from + i),
    ],
  );
  const ids = new Set(written.rows.map((r) => r.id));
  const kept = problems.filter((p) => ids.has(p.id));
  await context.db.query(
    `INSERT INTO intake.problem_history (problem_id, event_id, kind, stage, detail, occurred_at)
     SELECT id, id || '.received', 'received', 'submitted', '{"source":"web"}'::jsonb, $2 FROM unnest($1::uuid[]) AS p(id)`,
    [kept.map((p) => p.id), now],
  );
  return kept;
}

/** The gateway's start (apps/worker/src/gateway/problem-workflows.service.ts), with `screeningMs` when the deadline is chosen. */
async function startWorkflow(context: BenchContext, policyFile: DeadlinePolicyFile, problem: Problem, screeningMs?: number): Promise<void> {
  const policy = resolveDeadlinePolicy(policyFile, problem.category, 'normal', problem.community.calendar);
  if (screeningMs !== undefined) {
    policy.screeningMs = screeningMs;
    if (policy.workingDays) delete policy.workingDays.screening;
  }
  const input: ProblemLifecycleInput = {
    problemId: problem.id,
    reference: problem.reference,
    category: problem.category,
    urgency: 'normal',
    communityId: problem.community.id,
    communityName: problem.community.name,
    submittedAt: problem.submittedAt.toISOString(),
    policy,
  };
  await context.temporal.workflow.start(PROBLEM_LIFECYCLE_WORKFLOW, {
    workflowId: problemWorkflowId(problem.id),
    taskQueue: PROBLEM_LIFECYCLE_TASK_QUEUE,
    args: [input],
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    typedSearchAttributes: [
      { key: StageSearchAttribute, value: 'submitted' },
      { key: CommunityIdSearchAttribute, value: problem.community.id },
      { key: CategorySearchAttribute, value: problem.category },
      { key: EscalatedSearchAttribute, value: false },
    ],
    memo: { reference: problem.reference, category: problem.category, community: problem.community.name },
  });
}

/** Runs `op` over `items` with `concurrency` in flight. */
async function pool<T>(items: readonly T[], concurrency: number, op: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await op(items[i]!, i);
      }
    }),
  );
}

/** Bench problems the workflows have not yet moved to screening (the pipeline's backlog). */
async function notYetScreening(context: BenchContext): Promise<number> {
  const { rows } = await context.db.query<{ n: string }>(`SELECT count(*) AS n FROM intake.problems WHERE stage = 'submitted' AND title LIKE $1`, [`${TITLE_PREFIX} #%`]);
  return Number(rows[0]!.n);
}

async function waitForBacklog(context: BenchContext, limit: number, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  let backlog = await notYetScreening(context);
  while (backlog > limit && Date.now() < until) {
    await sleep(500);
    backlog = await notYetScreening(context);
  }
  return backlog;
}

interface FillResult {
  problems: Problem[];
  startMs: number;
  insertMs: number;
}

/**
 * Inserts and starts `count` problems in batches, pausing while more than `backlog` wait to
 * reach screening. `screeningMs(i)` chooses the deadline of the i-th (undefined: the policy's).
 */
async function fill(context: BenchContext, communities: Community[], policyFile: DeadlinePolicyFile, settings: FillSettings, from: number, count: number, backlog: number, screeningMs?: (i: number) => number): Promise<FillResult> {
  const result: FillResult = { problems: [], startMs: 0, insertMs: 0 };
  for (let done = 0; done < count; ) {
    await waitForBacklog(context, backlog, 600_000);
    const t0 = performance.now();
    const batch = await insertProblems(context, communities, from + done, Math.min(settings.batch, count - done));
    const t1 = performance.now();
    await pool(batch, settings.concurrency, (problem, i) => startWorkflow(context, policyFile, problem, screeningMs?.(result.problems.length + i)));
    result.insertMs += t1 - t0;
    result.startMs += performance.now() - t1;
    result.problems.push(...batch);
    done += settings.batch;
  }
  return result;
}

async function temporalDatabaseSize(context: BenchContext): Promise<string> {
  if (context.topology === 'cluster') {
    const main = process.env.TEMPORAL_SQL_DATABASE ?? `${process.env.PGDATABASE}_temporal`;
    const visibility = process.env.TEMPORAL_SQL_VISIBILITY_DATABASE ?? `${main}_visibility`;
    const { rows } = await context.db.query<{ name: string; size: string }>(`SELECT d AS name, pg_database_size(d)::text AS size FROM unnest($1::text[]) AS d`, [[main, visibility]]);
    const total = rows.reduce((sum, r) => sum + Number(r.size), 0);
    return `${mib(total)} (${rows.map((r) => `${r.name} ${mib(Number(r.size))}`).join(', ')})`;
  }
  const file = resolve(process.env.TEMPORAL_DB_FILE ?? 'var/bench/temporal.db');
  const files = (await readdir(dirname(file))).filter((name) => name.startsWith(basename(file)));
  const sizes = await Promise.all(files.map(async (name) => ({ name, size: (await stat(resolve(dirname(file), name))).size })));
  const total = sizes.reduce((sum, f) => sum + f.size, 0);
  return `${mib(total)} (SQLite ${sizes.map((f) => `${f.name} ${mib(f.size)}`).join(', ')})`;
}

/** RSS of each app's processes, now. */
function rssNow(): Map<string, number[]> {
  return new Map(APPS.map((app) => [app, rssOfThisSystem(`dist/apps/${app}/src/main.js`).map((p) => p.rssBytes)]));
}

function reportRss(context: BenchContext, when: string, rss: Map<string, number[]>): void {
  for (const [app, values] of rss) {
    if (values.length) context.report.line(`RSS ${app} (${values.length} process${values.length > 1 ? 'es' : ''}), ${when}`, values.map(mib).join(', '));
  }
}

/** Samples RSS until `stop()` turns true; keeps each app's per-process maximum (by process order). */
async function samplePeakRss(stop: () => boolean): Promise<Map<string, number[]>> {
  const peak = new Map<string, number[]>();
  while (!stop()) {
    for (const [app, values] of rssNow()) {
      const kept = peak.get(app) ?? [];
      values.forEach((v, i) => (kept[i] = Math.max(kept[i] ?? 0, v)));
      peak.set(app, kept);
    }
    await sleep(1000);
  }
  return peak;
}

const timestampMs = (ts: { seconds?: unknown; nanos?: number | null } | null | undefined): number | undefined => {
  if (!ts) return undefined;
  const s = ts.seconds as number | { toNumber(): number } | string | null | undefined;
  const secondsPart = s == null ? 0 : typeof s === 'object' ? s.toNumber() : Number(s);
  return secondsPart * 1000 + (ts.nanos ?? 0) / 1e6;
};

/** One due workflow's screening deadline as its history shows it, and what happened when it passed. */
interface Rung {
  dueMs: number;
  timerFiredMs?: number;
  actedMs?: number;
}

async function screeningRung(context: BenchContext, problemId: string): Promise<Rung | null> {
  const history = await context.temporal.workflow.getHandle(problemWorkflowId(problemId)).fetchHistory();
  const events = history.events ?? [];
  const started = events.find((e) => e.timerStartedEventAttributes);
  if (!started) return null;
  const timerId = started.timerStartedEventAttributes!.timerId;
  const dueMs = timestampMs(started.eventTime)! + timestampMs(started.timerStartedEventAttributes!.startToFireTimeout)!;
  const fired = events.find((e) => e.timerFiredEventAttributes?.timerId === timerId);
  // Since release 5 the command is a local activity: its marker (recorded when the workflow task
  // that ran it completes) is the first one after the timer fired. Earlier runs scheduled an
  // activity task.
  const firedAt = events.findIndex((e) => e.timerFiredEventAttributes?.timerId === timerId);
  const acted =
    events.find((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'escalateScreening') ??
    (firedAt >= 0 ? events.slice(firedAt).find((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity') : undefined);
  return { dueMs, timerFiredMs: timestampMs(fired?.eventTime), actedMs: timestampMs(acted?.eventTime) };
}

function latenessLine(values: number[]): string {
  return `${(percentile(values, 50) / 1000).toFixed(3)} s / ${(percentile(values, 99) / 1000).toFixed(3)} s / ${(Math.max(0, ...values) / 1000).toFixed(3)} s`;
}

/** Far-ahead workflows really wait on a pending timer (a sample of their histories). */
async function pendingTimers(context: BenchContext, problems: Problem[], sample: number): Promise<number> {
  let pending = 0;
  for (let i = 0; i < sample; i++) {
    const problem = problems[Math.floor((i * problems.length) / sample)]!;
    const events = (await context.temporal.workflow.getHandle(problemWorkflowId(problem.id)).fetchHistory()).events ?? [];
    const timers = events.filter((e) => e.timerStartedEventAttributes).map((e) => e.timerStartedEventAttributes!.timerId);
    if (timers.length && !events.some((e) => e.timerFiredEventAttributes && timers.includes(e.timerFiredEventAttributes.timerId))) pending++;
  }
  return pending;
}

export async function runOpenProblems(context: BenchContext): Promise<void> {
  const { report } = context;
  const settings: FillSettings = {
    total: env('BENCH_OPEN_PROBLEMS', 100_000),
    due: env('BENCH_DUE_IN_MINUTE', 10_000),
    concurrency: env('BENCH_FILL_CONCURRENCY', 32),
    backlog: env('BENCH_FILL_BACKLOG', 2000),
    batch: 500,
  };
  const marginMs = env('BENCH_DUE_MARGIN_SECONDS', 120) * 1000;
  report.section(`open problems: ${settings.total} open with pending timers, ${settings.due} deadlines in one minute`);
  const policyFile = loadDeadlinePolicyFile(process.env.DEADLINE_POLICY_FILE ?? 'infra/config/deadlines.json');
  const communities = await loadCommunities(context);
  const far = settings.total - settings.due;
  const warmUp = Math.min(far, Math.max(settings.batch, Math.round(settings.total * 0.05)));

  // 1. A first slice of far-ahead problems measures how fast the whole pipeline takes them in
  //    (started and moved to screening), which places the due minute after the rest of the fill.
  const fillStarted = performance.now();
  const first = await fill(context, communities, policyFile, settings, 0, warmUp, settings.backlog);
  await waitForBacklog(context, 0, 600_000);
  const rate = first.problems.length / ((performance.now() - fillStarted) / 1000);
  const remaining = settings.due + far - warmUp;
  const minuteMs = Math.ceil((Date.now() + (remaining / rate) * 1000 * 1.3 + marginMs) / 60_000) * 60_000;
  report.line('due minute (chosen after a warm-up fill)', `${new Date(minuteMs).toISOString()} (pipeline ${rate.toFixed(0)} problems/s in the warm-up)`);

  // 2. The due problems, deadlines spread evenly over the minute; a backlog of about 5 s of the
  //    pipeline keeps each start close to its entry into screening, so the deadline stays where
  //    it was aimed (it counts from there).
  const due = await fill(context, communities, policyFile, settings, warmUp, settings.due, Math.max(20, Math.round(rate * 5)), (i) => minuteMs + Math.floor((i * 60_000) / settings.due) - Date.now());
  // 3. The rest, far ahead: by the minute, the due ones have long left the worker's cache.
  const rest = await fill(context, communities, policyFile, settings, warmUp + settings.due, far - warmUp, settings.backlog);
  const startedAll = performance.now();
  const backlogLeft = await waitForBacklog(context, 0, 900_000);
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const problems = [...first.problems, ...due.problems, ...rest.problems];
  const parts = [first, due, rest];
  const startMs = parts.reduce((sum, p) => sum + p.startMs, 0);
  const insertMs = parts.reduce((sum, p) => sum + p.insertMs, 0);
  report.line('problems written and workflows started', `${problems.length} (${due.problems.length} due in the minute)`);
  report.line('fill: rows inserted (bulk SQL)', `${(problems.length / (insertMs / 1000)).toFixed(0)} problems/s while inserting`);
  report.line('fill: workflow starts', `${(problems.length / (startMs / 1000)).toFixed(0)} starts/s while starting (${settings.concurrency} in flight)`);
  report.line('fill: submitted → in screening (whole pipeline)', `${(problems.length / fillSeconds).toFixed(0)} problems/s over ${seconds(fillSeconds * 1000)} (${backlogLeft} not in screening; drained ${seconds(performance.now() - startedAll)} after the last start)`);

  // 4. At rest with everything open: processes, Temporal, a check that the timers are real.
  const running = await context.temporal.workflow.count(`WorkflowType = '${PROBLEM_LIFECYCLE_WORKFLOW}' AND ExecutionStatus = 'Running'`);
  const inScreening = await context.temporal.workflow.count(`WorkflowType = '${PROBLEM_LIFECYCLE_WORKFLOW}' AND ExecutionStatus = 'Running' AND Stage = 'screening'`);
  const sample = Math.min(50, rest.problems.length + first.problems.length);
  const pending = await pendingTimers(context, [...first.problems, ...rest.problems], sample);
  report.line('problem workflows running / in screening (Temporal)', `${running.count} / ${inScreening.count}`);
  report.line('far-ahead sample waiting on a pending timer', `${pending} / ${sample}`);
  reportRss(context, 'at rest', rssNow());
  report.line('Temporal database size', await temporalDatabaseSize(context));
  if (Date.now() > minuteMs - 10_000) report.note(`the fill overran the due minute by ${seconds(Date.now() - minuteMs + 10_000)}: escalations ran during the fill`);

  // 5. The minute: sample RSS from shortly before until every due rung has fired (or 3 minutes after).
  const dueIds = due.problems.map((p) => p.id);
  const firedInBank = async () =>
    Number((await context.db.query<{ n: string }>(`SELECT count(*) AS n FROM intake.problem_history WHERE kind = 'screening_overdue' AND problem_id = ANY($1::uuid[])`, [dueIds])).rows[0]!.n);
  await sleep(Math.max(0, minuteMs - 10_000 - Date.now()));
  let finished = false;
  const cpuBefore = cpuSnapshot();
  const cpuFrom = performance.now();
  const peak = samplePeakRss(() => finished);
  const giveUpAt = minuteMs + 60_000 + 180_000;
  await sleep(Math.max(0, minuteMs + 60_000 - Date.now()));
  while (Date.now() < giveUpAt && (await firedInBank()) < dueIds.length) await sleep(1000);
  finished = true;
  const cpu = cpuBetween(cpuBefore, cpuSnapshot());
  const cpuWallSeconds = (performance.now() - cpuFrom) / 1000;
  reportRss(context, 'peak in the minute', await peak);

  // 6. Lateness, from the due workflows' histories and from the problem bank.
  const byProblem = new Map<string, Rung>();
  await pool(dueIds, 16, async (id) => {
    const rung = await screeningRung(context, id);
    if (rung) byProblem.set(id, rung);
  });
  const rungs = [...byProblem.values()];
  const acted = rungs.filter((r) => r.actedMs !== undefined);
  const dues = rungs.map((r) => r.dueMs);
  const { rows: bank } = await context.db.query<{ problem_id: string; occurred_ms: string; recorded_ms: string }>(
    `SELECT problem_id::text, (extract(epoch FROM occurred_at) * 1000)::text AS occurred_ms, (extract(epoch FROM recorded_at) * 1000)::text AS recorded_ms
     FROM intake.problem_history WHERE kind = 'screening_overdue' AND (detail->>'level')::int = 1 AND problem_id = ANY($1::uuid[])`,
    [dueIds],
  );
  const bankLateness = (column: 'occurred_ms' | 'recorded_ms') =>
    bank.flatMap((row) => {
      const rung = byProblem.get(row.problem_id);
      return rung ? [Number(row[column]) - rung.dueMs] : [];
    });
  // The ladder reaches people: the first notice of the miss sent on an outside channel (the
  // group leader's e-mail), when the part measured it.
  const { rows: told } = await context.db.query<{ problem_id: string; sent_ms: string }>(
    `SELECT e.problem_id, (extract(epoch FROM min(d.sent_at)) * 1000)::text AS sent_ms
     FROM notifications.notification_events e JOIN notifications.notification_deliveries d ON d.event_id = e.id
     WHERE e.kind = 'screening.overdue' AND d.channel <> 'inbox' AND d.status = 'sent' AND e.problem_id = ANY($1::text[])
     GROUP BY e.problem_id`,
    [dueIds],
  );
  const toldLateness = told.flatMap((row) => {
    const rung = byProblem.get(row.problem_id);
    return rung ? [Number(row.sent_ms) - rung.dueMs] : [];
  });
  const inMinute = dues.filter((d) => d >= minuteMs && d < minuteMs + 60_000).length;
  report.line('due deadlines: spread (from the timers in the histories)', `${new Date(Math.min(...dues)).toISOString()} – ${new Date(Math.max(...dues)).toISOString()}, ${inMinute} within the minute`);
  report.line('rung fired / expected', `${acted.length} / ${dueIds.length}`);
  report.line('lateness: rung fires (escalateScreening recorded) p50 / p99 / max', latenessLine(acted.map((r) => r.actedMs! - r.dueMs)));
  report.line('  timer fired (server) p50 / p99 / max', latenessLine(rungs.filter((r) => r.timerFiredMs !== undefined).map((r) => r.timerFiredMs! - r.dueMs)));
  report.line('  miss recorded (workflow time, problem bank) p50 / p99 / max', latenessLine(bankLateness('occurred_ms')));
  report.line('  miss applied in the problem bank (intake) p50 / p99 / max', `${latenessLine(bankLateness('recorded_ms'))} (${bank.length} recorded)`);
  report.line('  first outside notice sent (e-mail or text) p50 / p99 / max', `${latenessLine(toldLateness)} (${toldLateness.length} of ${dueIds.length} sent by then)`);
  // Where the machine's CPU went while the rungs fired: what each rung costs, and who pays it.
  const cpuTotal = cpu.reduce((sum, [, s]) => sum + s, 0);
  report.line(
    'CPU from 10 s before the minute until the rungs were recorded',
    `${cpuTotal.toFixed(0)} s over ${cpuWallSeconds.toFixed(0)} s (${(cpuTotal / cpuWallSeconds).toFixed(2)} of ${availableParallelism()} cores); ${acted.length ? ((cpuTotal * 1000) / acted.length).toFixed(0) : '–'} ms per rung`,
  );
  for (const [label, s] of cpu.filter(([, s]) => s >= cpuTotal * 0.01)) report.line(`  ${label}`, `${s.toFixed(1)} s (${((100 * s) / cpuTotal).toFixed(0)} %)`);
  report.note("measured from each due workflow's history: its screening deadline is the timer's start + duration; the rung fires when the");
  report.note('workflow records escalateScreening (its local activity marker, or the activity task of an earlier run; event time). The bank lines use intake\'s screening_overdue entry (level 1).');
}
