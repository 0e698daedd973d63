// Part `loops`: how fast a resident's problem is accepted and reaches its workflow.
// - Closed loop at 20 and at 50 in flight (BENCH_CLOSED_CONCURRENCY, BENCH_CLOSED_SECONDS): problems
//   accepted per second, accept latency, accept → workflow running (the workflow's start time in
//   Temporal minus the moment the 201 arrived), then a bare `workflow.start` loop at the same
//   concurrency against the same server, and the ratio of the two rates.
// - Open loop at fixed arrival rates (BENCH_OPEN_RATES 25,50,100 per second for BENCH_OPEN_SECONDS
//   60): arrivals do not wait for answers, as residents do not; the same latencies, and whether the
//   system kept up (every arrival accepted, every workflow started, the rate achieved).
import { randomUUID } from 'node:crypto';
import { PROBLEM_LIFECYCLE_WORKFLOW, problemWorkflowId } from '@shangliang/contracts';
import type { BenchContext } from './support/context';
import { percentile, percentiles, sleep } from './support/stats';

const communities = Array.from({ length: 18 }, (_, i) => `com-${String(i + 1).padStart(2, '0')}`);
const categories = ['public_facilities', 'environment', 'traffic', 'property_management'] as const;

/** The loops' problems, told apart from the other parts' by their title. */
const TITLE = '路灯不亮';
/** The bare loop's workflow type (no worker runs it). */
const BARE_WORKFLOW = 'benchNoop';

const numbers = (value: string | undefined, fallback: number[]) => (value ? value.split(',').map(Number) : fallback);

/** One submission: the time the answer arrived and, when accepted, the problem id. */
interface Accepted {
  problemId: string;
  acceptedAt: number;
  latencyMs: number;
}

interface Attempts {
  accepted: Accepted[];
  failed: number;
  failures: Map<string, number>;
}

const newAttempts = (): Attempts => ({ accepted: [], failed: 0, failures: new Map() });

let sequence = 0;

/** A resident submits a problem from the web form, with a phone number and consent, as most do. */
async function submitProblem(context: BenchContext, attempts: Attempts): Promise<void> {
  const i = sequence++;
  const started = performance.now();
  try {
    const res = await fetch(`${context.url('intake')}/problems`, {
      method: 'POST',
      // Many residents, not one client: intake rate-limits per address (it trusts the web proxy's
      // X-Forwarded-For from 127.0.0.1), so each request comes from its own simulated address.
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify({
        title: `${TITLE} #${i}`,
        description: '小区路灯不亮，影响夜间出行，请尽快维修。',
        category: categories[i % categories.length],
        communityId: communities[i % communities.length],
        address: `${(i % 40) + 1}号楼`,
        contact: { name: '居民', phone: `139${String(10_000_000 + (i % 90_000_000)).slice(-8)}`, consentToCallback: true, consentToTexts: i % 2 === 0 },
      }),
    });
    const body = (await res.json()) as { id?: string };
    const latencyMs = performance.now() - started;
    if (res.status === 201 && body.id) attempts.accepted.push({ problemId: body.id, acceptedAt: Date.now(), latencyMs });
    else fail(attempts, `HTTP ${res.status}`);
  } catch (error) {
    fail(attempts, error instanceof Error ? error.message : String(error));
  }
}

function fail(attempts: Attempts, reason: string): void {
  attempts.failed++;
  attempts.failures.set(reason, (attempts.failures.get(reason) ?? 0) + 1);
}

/** Runs `op` in `concurrency` loops until `seconds` are up; returns the elapsed seconds. */
async function closedLoop(concurrency: number, seconds: number, op: () => Promise<void>): Promise<number> {
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < stopAt) await op();
    }),
  );
  return (performance.now() - started) / 1000;
}

/**
 * Waits until every accepted problem's workflow is visible, then returns accept → running
 * latencies (ms) from the workflows' start times, and how many never started within the wait.
 */
async function workflowStarts(context: BenchContext, accepted: Accepted[], since: Date, waitMs = 120_000): Promise<{ latenciesMs: number[]; lastTenthMs: number[]; missing: number }> {
  const wanted = new Map(accepted.map((a) => [problemWorkflowId(a.problemId), a]));
  const startTimes = new Map<string, number>();
  const until = Date.now() + waitMs;
  const query = `WorkflowType = '${PROBLEM_LIFECYCLE_WORKFLOW}' AND StartTime >= '${since.toISOString()}'`;
  while (Date.now() < until) {
    const { count } = await context.temporal.workflow.count(query);
    if (count >= wanted.size) break;
    await sleep(1000);
  }
  for await (const execution of context.temporal.workflow.list({ query, pageSize: 1000 })) {
    if (wanted.has(execution.workflowId)) startTimes.set(execution.workflowId, execution.startTime.getTime());
  }
  const latenciesMs: number[] = [];
  const lastTenthMs: number[] = [];
  const lastTenthFrom = Math.floor(accepted.length * 0.9);
  for (const [index, a] of accepted.entries()) {
    const startedAt = startTimes.get(problemWorkflowId(a.problemId));
    if (startedAt === undefined) continue;
    // The 201 is the client's clock, the start time Temporal's: on one machine they agree; a start
    // that beats the answer back to the client counts as 0.
    const latency = Math.max(0, startedAt - a.acceptedAt);
    latenciesMs.push(latency);
    if (index >= lastTenthFrom) lastTenthMs.push(latency);
  }
  return { latenciesMs, lastTenthMs, missing: wanted.size - latenciesMs.length };
}

async function bareStartLoop(context: BenchContext, concurrency: number, seconds: number): Promise<{ rate: number; latenciesMs: number[]; failed: number }> {
  const taskQueue = `bench-bare-${randomUUID()}`;
  const latenciesMs: number[] = [];
  let ok = 0;
  let failed = 0;
  const elapsed = await closedLoop(concurrency, seconds, async () => {
    const started = performance.now();
    try {
      // No worker polls this queue: the start is all that is measured, as for intake's 201.
      // They time out soon after, and the next phase waits for that (settle).
      await context.temporal.workflow.start(BARE_WORKFLOW, { taskQueue, workflowId: `bench-bare-${randomUUID()}`, args: [], workflowExecutionTimeout: '10 seconds' });
      ok++;
      latenciesMs.push(performance.now() - started);
    } catch {
      failed++;
    }
  });
  return { rate: ok / elapsed, latenciesMs, failed };
}

/**
 * Lets the pipeline drain what the last phase left before measuring again, so no phase pays for
 * the one before (the bare start loop least of all: it would measure the backlog, not the
 * server): every problem's workflow has moved it to screening, every message of the last
 * minutes is consumed (the ledger's `delivered_at`), and the bare loop's workflows have timed
 * out. Waits BENCH_SETTLE_SECONDS (600) at most.
 */
async function settle(context: BenchContext): Promise<void> {
  const until = Date.now() + Number(process.env.BENCH_SETTLE_SECONDS ?? 600) * 1000;
  while (Date.now() < until) {
    const { rows } = await context.db.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM intake.problems WHERE stage = 'submitted' AND title LIKE $1 AND created_at > now() - interval '30 minutes')
            + (SELECT count(*) FROM messaging.outbox_messages
               WHERE delivered_at IS NULL AND dead_at IS NULL AND created_at > now() - interval '30 minutes') AS n`,
      [`${TITLE} #%`],
    );
    if (Number(rows[0]?.n ?? 0) === 0 && (await context.temporal.workflow.count(`WorkflowType = "${BARE_WORKFLOW}" AND ExecutionStatus = "Running"`)).count === 0) break;
    await sleep(500);
  }
  await sleep(3000);
}

function failures(attempts: Attempts): string {
  return attempts.failed ? ` (${[...attempts.failures].map(([reason, n]) => `${n}× ${reason}`).join(', ')})` : '';
}

async function closedLoopPhase(context: BenchContext, concurrency: number, seconds: number): Promise<void> {
  const { report } = context;
  report.section(`closed loop: ${concurrency} in flight for ${seconds} s`);
  await settle(context);
  const since = new Date(Date.now() - 2000);
  const attempts = newAttempts();
  const elapsed = await closedLoop(concurrency, seconds, () => submitProblem(context, attempts));
  const rate = attempts.accepted.length / elapsed;
  const starts = await workflowStarts(context, attempts.accepted, since);
  await settle(context);
  const bare = await bareStartLoop(context, concurrency, seconds);
  report.line('problems accepted', `${attempts.accepted.length} (${attempts.failed} failed${failures(attempts)})`);
  report.line('intake rate', `${rate.toFixed(1)} problems/s`);
  report.line('accept latency p50 / p99', percentiles(attempts.accepted.map((a) => a.latencyMs), 50, 99));
  report.line('accept → workflow running p50 / p99', `${percentiles(starts.latenciesMs, 50, 99)} (${starts.missing} not started)`);
  report.line('bare workflow.start rate, same server', `${bare.rate.toFixed(1)} starts/s (${bare.failed} failed)`);
  report.line('bare start latency p50 / p99', percentiles(bare.latenciesMs, 50, 99));
  report.line('intake / bare start ratio', (rate / bare.rate).toFixed(2));
}

async function openLoopPhase(context: BenchContext, perSecond: number, seconds: number): Promise<void> {
  const { report } = context;
  report.section(`open loop: ${perSecond} problems/s for ${seconds} s`);
  await settle(context);
  const since = new Date(Date.now() - 2000);
  const attempts = newAttempts();
  const total = perSecond * seconds;
  const interval = 1000 / perSecond;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  let lagMs = 0;
  for (let n = 0; n < total; n++) {
    const due = started + n * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    else lagMs = Math.max(lagMs, -wait);
    inFlight.push(submitProblem(context, attempts));
  }
  const sentIn = (performance.now() - started) / 1000;
  await Promise.all(inFlight);
  const answeredIn = (performance.now() - started) / 1000;
  const starts = await workflowStarts(context, attempts.accepted, since);
  const acceptLatencies = attempts.accepted.map((a) => a.latencyMs);
  // Kept up: every arrival accepted and answered within the run (+5 s), every workflow started,
  // and no backlog at the end — the last tenth of arrivals reached their workflows within 2 s.
  const backlogMs = percentile(starts.lastTenthMs, 99);
  const keptUp = attempts.failed === 0 && starts.missing === 0 && answeredIn < seconds + 5 && lagMs < 1000 && backlogMs < 2000;
  report.line('arrivals sent / accepted', `${total} in ${sentIn.toFixed(1)} s / ${attempts.accepted.length} (${attempts.failed} failed${failures(attempts)})`);
  report.line('accept latency p50 / p99', percentiles(acceptLatencies, 50, 99));
  report.line('accept → workflow running p50 / p99', `${percentiles(starts.latenciesMs, 50, 99)} (${starts.missing} not started)`);
  report.line(
    'kept up',
    keptUp
      ? `yes (last answer ${answeredIn.toFixed(1)} s after the first arrival)`
      : `no (last answer after ${answeredIn.toFixed(1)} s, sender ${lagMs.toFixed(0)} ms behind at worst, ${starts.missing} workflows not started, last tenth reached its workflows in p99 ${backlogMs.toFixed(0)} ms)`,
  );
}

export async function runIntakeLoops(context: BenchContext): Promise<void> {
  const closedSeconds = Number(process.env.BENCH_CLOSED_SECONDS ?? 20);
  for (const concurrency of numbers(process.env.BENCH_CLOSED_CONCURRENCY, [20, 50])) await closedLoopPhase(context, concurrency, closedSeconds);
  const openSeconds = Number(process.env.BENCH_OPEN_SECONDS ?? 60);
  for (const rate of numbers(process.env.BENCH_OPEN_RATES, [25, 50, 100])) await openLoopPhase(context, rate, openSeconds);
}
