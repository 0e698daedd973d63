// `npm run faults` (infra/scripts/run-faults.sh starts PostgreSQL, Redis and Temporal of its own and
// then runs this): submits FAULTS_PROBLEMS (1000) problems through the web, hotline and Open311
// channels and drives each through screening, claiming and a consultation concluded as solved,
// while it kills the worker (SIGKILL), kills the assignment service (it consumes queued commands),
// restarts Redis, PostgreSQL and Temporal. A call that fails during an outage is retried with the
// same Idempotency-Key / order number, so a retry never adds a problem. Then it waits for every
// problem to settle and prints what was submitted, reached a workflow, finished each step, was
// duplicated and is stuck. Exits non-zero on any duplicate or stuck problem.
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { generateDemoCity } from '@shangliang/organisation';

const total = Number(process.env.FAULTS_PROBLEMS ?? 1000);
const concurrency = Number(process.env.FAULTS_CONCURRENCY ?? 24);
const settleMs = Number(process.env.FAULTS_SETTLE_MS ?? 600_000);
const stepTimeoutMs = Number(process.env.FAULTS_STEP_TIMEOUT_MS ?? 300_000);
const partnerId = process.env.FAULTS_HOTLINE_PARTNER ?? 'faults-hotline';
const partnerSecret = process.env.HOTLINE_PARTNER_SECRET ?? '';
const open311Key = process.env.FAULTS_OPEN311_KEY ?? '';
const password = process.env.DEMO_PASSWORD ?? 'shangliang-demo';
const runId = randomUUID().slice(0, 6);
const startedAt = Date.now();
const since = () => `${((Date.now() - startedAt) / 1000).toFixed(1)}s`;

type Service = 'intake' | 'assignment' | 'consultation';
const url = (service: Service) => `http://127.0.0.1:${process.env[`${service.toUpperCase()}_PORT`]}`;
/** Prints one line (the bench's way: no console in this repository's lint). */
const say = (text = '') => process.stdout.write(`${text}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------- the services, started here (the run script kills what processes.json names) ----------
type AppName = 'intake' | 'assignment' | 'consultation' | 'supervision' | 'worker';
const ALL_APPS: AppName[] = ['intake', 'assignment', 'consultation', 'supervision', 'worker'];
const root = process.cwd();
const varDir = join(root, process.env.VAR_DIR ?? 'var/faults');
const pids = new Map<AppName, number>();
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function startApp(name: AppName): Promise<void> {
  const log = join(varDir, 'log', `${name}.log`);
  const offset = existsSync(log) ? statSync(log).size : 0;
  const fd = openSync(log, 'a');
  const child = spawn(process.execPath, [join(root, 'dist/apps', name, 'src/main.js')], {
    cwd: root,
    env: { ...process.env, WORKFLOW_BUNDLE_PATH: join(root, 'dist/workflow-bundles/problem-lifecycle.js') },
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  closeSync(fd);
  child.unref();
  const pid = child.pid!;
  pids.set(name, pid);
  writeFileSync(join(varDir, 'processes.json'), JSON.stringify(Object.fromEntries(pids)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (!isAlive(pid)) throw new Error(`${name} exited; see ${log}`);
    if (name === 'worker') {
      const text = readFileSync(log, 'utf8').slice(offset);
      if (text.includes('Temporal worker polling') || text.includes("state: 'RUNNING'")) return;
    } else {
      const ok = await fetch(`http://127.0.0.1:${process.env[`${name.toUpperCase()}_PORT`]}/health`, { headers: { connection: 'close' } }).then((r) => r.ok, () => false);
      if (ok) return;
    }
    if (Date.now() > deadline) throw new Error(`${name} did not start; see ${log}`);
    await sleep(300);
  }
}

async function stopApp(name: AppName, signal: NodeJS.Signals): Promise<void> {
  const pid = pids.get(name);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, signal);
  const deadline = Date.now() + 20_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
    await sleep(100);
  }
}

// ---------- the demo city's people (same seed as the database) ----------
const city = generateDemoCity();
const available = new Set(city.members.filter((m) => m.available).map((m) => m.id));
const communities = city.communities
  .map((c) => {
    const group = city.memberGroups.find((g) => g.communityId === c.id);
    if (!group) return null;
    const members = group.memberIds.filter((id) => id !== group.leaderMemberId && available.has(id)).map((id) => `member-${id}`);
    return { id: c.id, convener: `convener-${c.localityId}`, members };
  })
  .filter((c): c is { id: string; convener: string; members: string[] } => c !== null && c.members.length >= 3);

// ---------- HTTP with bounded retries ----------
interface Res {
  status: number;
  body: any;
}
let retriedCalls = 0;

/** Sends until a definite answer (not a network error, 5xx or 429) or the time is up. */
async function call(service: Service, method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}, budgetMs = 180_000): Promise<Res> {
  const deadline = Date.now() + budgetMs;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    let outcome: Res | Error;
    try {
      const res = await fetch(`${url(service)}${path}`, { method, headers: { connection: 'close', ...init.headers }, body: init.body, signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON */
      }
      outcome = { status: res.status, body };
      if (res.status < 500 && res.status !== 429) return outcome;
    } catch (error) {
      outcome = error as Error;
    }
    if (Date.now() > deadline) {
      if (outcome instanceof Error) throw new Error(`${method} ${path}: ${outcome.message}`);
      return outcome;
    }
    if (attempt === 1) retriedCalls++;
    await sleep(delay);
    delay = Math.min(delay * 2, 4000);
  }
}

/**
 * The driver signs in as a few hundred demo accounts sharing one password from one address, which
 * the login throttle takes for password spraying. This run's Redis is its own, so it forgets the
 * throttle's counters (`<QUEUE_PREFIX>:login-*`) rather than being locked out.
 */
async function forgetLoginThrottle(): Promise<void> {
  const redis = new Redis({ host: process.env.REDIS_HOST, port: Number(process.env.REDIS_PORT), lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: `${process.env.QUEUE_PREFIX}:login-*`, count: 1000 })) {
      if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
    }
  } catch {
    /* Redis down (a fault): the next attempt tries again */
  } finally {
    redis.disconnect();
  }
}

async function login(username: string): Promise<string> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    await forgetLoginThrottle();
    const res = await call('assignment', 'POST', '/auth/login', { body: JSON.stringify({ username, password }), headers: { 'content-type': 'application/json' } }, 5_000).catch(
      (error: Error) => ({ status: 599, body: error.message }),
    );
    if (res.status === 200) return res.body.token as string;
    if ((res.status < 500 && res.status !== 429) || Date.now() > deadline) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    await sleep(500);
  }
}

const tokens = new Map<string, Promise<string>>();
function tokenOf(username: string): Promise<string> {
  let token = tokens.get(username);
  if (!token) {
    token = login(username);
    token.catch(() => tokens.delete(username));
    tokens.set(username, token);
  }
  return token;
}

async function staffCall(username: string, service: Service, method: string, path: string, body?: unknown): Promise<Res> {
  const headers: Record<string, string> = { authorization: `Bearer ${await tokenOf(username)}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return call(service, method, path, { body: body === undefined ? undefined : JSON.stringify(body), headers });
}

/** Polls a GET until `ok` holds, for at most the step timeout. */
async function until(username: string, service: Service, path: string, ok: (res: Res) => boolean, what: string): Promise<Res> {
  const deadline = Date.now() + stepTimeoutMs;
  for (;;) {
    const res = await staffCall(username, service, 'GET', path);
    if (ok(res)) return res;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last ${res.status} ${JSON.stringify(res.body).slice(0, 200)})`);
    await sleep(1000);
  }
}

// ---------- the database (the run's own cluster) ----------
async function sql<T = any>(text: string, values: unknown[] = []): Promise<T[]> {
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ host: process.env.PGHOST, port: Number(process.env.PGPORT), user: process.env.PGUSER, database: process.env.PGDATABASE });
    try {
      await client.connect();
      return (await client.query(text, values)).rows as T[];
    } catch (error) {
      if (attempt >= 60) throw error;
      await sleep(1000);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

// ---------- submission through the three channels ----------
type Channel = 'web' | 'hotline' | 'open311';
interface Tracked {
  n: number;
  tag: string;
  channel: Channel;
  community: (typeof communities)[number];
  problemId?: string;
  steps: Set<string>;
  error?: string;
}

const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function submit(p: Tracked): Promise<void> {
  const description = `5号楼前的路灯坏了三个星期，晚上老人出门很不方便（${p.tag}）`;
  let res: Res;
  if (p.channel === 'web') {
    const body = JSON.stringify({
      title: '小区路灯不亮',
      description,
      category: 'public_facilities',
      communityId: p.community.id,
      contact: { name: '王小红', phone: phone(), consentToCallback: true },
    });
    res = await call('intake', 'POST', '/problems', { body, headers: { 'content-type': 'application/json', 'Idempotency-Key': p.tag } });
  } else if (p.channel === 'hotline') {
    const body = JSON.stringify({
      orderNumber: p.tag,
      receivedAt: new Date().toISOString(),
      callerPhone: phone(),
      callerName: '陈大爷',
      requestType: 'complaint',
      category: 'public_facilities',
      communityId: p.community.id,
      address: '12号楼东侧',
      content: description,
      urgency: 'normal',
    });
    // The same bytes on every retry; a fresh timestamp and signature each time (the window is short).
    res = await retrySigned(body);
  } else {
    const fields = new URLSearchParams({ api_key: open311Key, service_code: 'public_facilities', description, 'attribute[urgency]': 'normal', 'attribute[community_id]': p.community.id });
    res = await call('intake', 'POST', '/open311/v2/requests.json', {
      body: fields.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'Idempotency-Key': p.tag },
    });
  }
  if (res.status >= 300) throw new Error(`${p.channel} submission: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  p.steps.add('submitted');
}

async function retrySigned(body: string): Promise<Res> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', partnerSecret).update(`${timestamp}.${body}`).digest('hex');
    const res = await call('intake', 'POST', `/hotline/partners/${partnerId}/work-orders`, { body, headers: { 'content-type': 'application/json', 'x-timestamp': String(timestamp), 'x-signature': signature } }, 20_000).catch(
      (error: Error) => ({ status: 599, body: error.message }),
    );
    if ((res.status < 500 && res.status !== 429) || Date.now() > deadline) return res;
    await sleep(1000);
  }
}

// ---------- driving one problem ----------
async function drive(p: Tracked): Promise<void> {
  try {
    await submit(p);
    const deadline = Date.now() + stepTimeoutMs;
    while (!p.problemId) {
      const rows = await sql<{ id: string }>('SELECT id FROM intake.problems WHERE description LIKE $1', [`%${p.tag}%`]);
      if (rows[0]) p.problemId = rows[0].id;
      else if (Date.now() > deadline) throw new Error('submitted, but no problem row');
      else await sleep(500);
    }
    const id = p.problemId;
    const convener = p.community.convener;
    await until(convener, 'intake', `/problems/${id}`, (r) => r.status === 200 && r.body.stage !== 'submitted', 'the workflow to pick it up');
    p.steps.add('workflow');
    await until(convener, 'assignment', `/screening-items/${id}`, (r) => r.status === 200, 'the screening item');
    const decision = await staffCall(convener, 'assignment', 'POST', `/screening-items/${id}/decision`, { suitable: true, scope: 'household' });
    // 409: a retry of a decision that was recorded before the connection dropped.
    if (decision.status >= 300 && decision.status !== 409) throw new Error(`screening: ${decision.status} ${JSON.stringify(decision.body).slice(0, 300)}`);
    p.steps.add('screened');
    const item = await until(p.community.members[0], 'assignment', `/claim-items/${id}`, (r) => r.status === 200, 'the claim item');
    const seats = Number(item.body.seats ?? 2);
    const team = p.community.members.slice(0, seats);
    for (const [i, member] of team.entries()) {
      const claim = await staffCall(member, 'assignment', 'POST', `/claim-items/${id}/claims`, { lead: i === 0 });
      if (claim.status >= 300 && claim.status !== 409) throw new Error(`claim by ${member}: ${claim.status} ${JSON.stringify(claim.body).slice(0, 300)}`);
    }
    await until(team[0], 'assignment', `/claim-items/${id}`, (r) => r.status === 200 && r.body.status !== 'open', 'the team to form');
    p.steps.add('team');
    await until(team[0], 'consultation', `/consultation-items/${id}`, (r) => r.status === 200, 'the consultation item');
    const consultation = await staffCall(team[0], 'consultation', 'POST', `/consultation-items/${id}/consultations`, {
      form: 'micro',
      heldAt: new Date().toISOString(),
      venue: '委员工作室',
      participants: { residentRepresentatives: 2 },
      summary: '物业当场答应修复，住户代表认可。',
      outcome: 'solved',
    });
    if (consultation.status >= 300 && consultation.status !== 409) throw new Error(`consultation: ${consultation.status} ${JSON.stringify(consultation.body).slice(0, 300)}`);
    p.steps.add('consulted');
  } catch (error) {
    p.error = (error as Error).message;
    say(`[faults] ${since()} ${p.tag} (${p.channel}, ${p.problemId ?? 'no id'}): ${p.error}`);
  }
}

// ---------- faults ----------
const timeline: string[] = [];
const note = (what: string) => {
  timeline.push(`${since().padStart(7)}  ${what}`);
  say(`[faults] ${since()} ${what}`);
};

async function restartApp(name: AppName, signal: NodeJS.Signals): Promise<void> {
  await stopApp(name, signal);
  note(`${name} killed (${signal})`);
  await sleep(2000);
  await startApp(name);
  note(`${name} back`);
}

function restartInfra(what: 'redis' | 'postgres' | 'temporal'): void {
  note(`${what} restarting`);
  const result = spawnSync('bash', ['infra/scripts/run-faults.sh', 'restart', what], { env: process.env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`restarting ${what} failed: ${result.stderr}`);
  note(`${what} back`);
}

const faults: { at: number; what: string; run: () => Promise<void> }[] = [
  { at: 0.2, what: 'SIGKILL the Temporal worker', run: () => restartApp('worker', 'SIGKILL') },
  { at: 0.4, what: 'SIGKILL the assignment service (consumes queued commands)', run: () => restartApp('assignment', 'SIGKILL') },
  { at: 0.6, what: 'restart Redis', run: async () => restartInfra('redis') },
  { at: 0.8, what: 'restart PostgreSQL (immediate stop = crash)', run: async () => restartInfra('postgres') },
  { at: 0.9, what: 'restart Temporal', run: async () => restartInfra('temporal') },
];

// ---------- the run ----------
async function main(): Promise<void> {
  if (communities.length === 0) throw new Error('no community with enough available members in the demo city');
  say(`[faults] starting the services (run ${runId}, ${total} problems, ${concurrency} at a time)`);
  for (const app of ALL_APPS) await startApp(app);

  const problems: Tracked[] = Array.from({ length: total }, (_, i) => ({
    n: i,
    tag: `F-${runId}-${String(i).padStart(5, '0')}`,
    channel: (['web', 'hotline', 'open311'] as const)[i % 3],
    community: communities[i % communities.length],
    steps: new Set<string>(),
  }));

  let next = 0;
  let started = 0;
  let faultChain = Promise.resolve();
  const pending = [...faults];
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < problems.length) {
      const p = problems[next++];
      started++;
      while (pending.length > 0 && started >= pending[0].at * total) {
        const fault = pending.shift()!;
        faultChain = faultChain.then(async () => {
          note(`fault at ${Math.round(fault.at * 100)}% of submissions: ${fault.what}`);
          await fault.run().catch((error: Error) => note(`fault failed: ${error.message}`));
        });
      }
      await drive(p);
      if ((p.n + 1) % 100 === 0) say(`[faults] ${since()} ${p.n + 1} started`);
    }
  });
  await Promise.all(workers);
  await faultChain;
  note('every problem driven; waiting for them to settle');

  const ids = () => problems.filter((p) => p.problemId).map((p) => p.problemId!);
  const settleDeadline = Date.now() + settleMs;
  let unsettled: { id: string; stage: string }[] = [];
  for (;;) {
    unsettled = await sql(`SELECT id, stage FROM intake.problems WHERE id = ANY($1::uuid[]) AND stage NOT IN ('follow_up', 'archived')`, [ids()]);
    if (unsettled.length === 0 || Date.now() > settleDeadline) break;
    await sleep(5000);
  }
  note(`settled (${unsettled.length} not in follow_up)`);

  const tags = problems.map((p) => p.tag);
  const [dupProblems] = await sql(
    `SELECT count(*)::int AS n FROM (SELECT substring(description from 'F-${runId}-[0-9]{5}') AS tag, count(*) FROM intake.problems
       WHERE description LIKE $1 GROUP BY 1 HAVING count(*) > 1) d`,
    [`%F-${runId}-%`],
  );
  const [rows] = await sql(`SELECT count(*)::int AS n FROM intake.problems WHERE description LIKE $1`, [`%F-${runId}-%`]);
  const [dupSeats] = await sql(
    `SELECT count(*)::int AS n FROM assignment.claim_items i WHERE i.problem_id = ANY($1::uuid[]) AND (SELECT count(*) FROM assignment.claims c WHERE c.problem_id = i.problem_id) > i.seats`,
    [ids()],
  );
  const [dupConsultations] = await sql(
    `SELECT count(*)::int AS n FROM (SELECT problem_id FROM consultation.consultations WHERE problem_id = ANY($1::uuid[]) GROUP BY 1 HAVING count(*) > 1) d`,
    [ids()],
  );
  const [dupReferrals] = await sql(
    `SELECT count(*)::int AS n FROM (SELECT problem_id FROM consultation.referrals WHERE problem_id = ANY($1::uuid[]) GROUP BY 1 HAVING count(*) > 1) d`,
    [ids()],
  );
  const [dupCallbacks] = await sql(
    `SELECT count(*)::int AS n FROM (SELECT partner_id, order_number, stage FROM intake.status_callbacks WHERE order_number = ANY($1::text[]) GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
    [tags],
  );
  const [dupHistory] = await sql(
    `SELECT count(*)::int AS n FROM (SELECT problem_id, kind FROM intake.problem_history WHERE problem_id = ANY($1::uuid[]) AND kind IN ('workflow_started', 'screened_suitable', 'team_formed', 'consultation_concluded') GROUP BY 1, 2 HAVING count(*) > 1) d`,
    [ids()],
  );
  const [reachedWorkflow] = await sql(`SELECT count(*)::int AS n FROM intake.problems WHERE id = ANY($1::uuid[]) AND stage <> 'submitted'`, [ids()]);
  const [formed] = await sql(`SELECT count(*)::int AS n FROM assignment.claim_items WHERE problem_id = ANY($1::uuid[]) AND status <> 'open'`, [ids()]);
  const [screenedRows] = await sql(`SELECT count(*)::int AS n FROM assignment.claim_items WHERE problem_id = ANY($1::uuid[])`, [ids()]);
  const [consulted] = await sql(`SELECT count(DISTINCT problem_id)::int AS n FROM consultation.consultations WHERE problem_id = ANY($1::uuid[])`, [ids()]);

  const count = (step: string) => problems.filter((p) => p.steps.has(step)).length;
  const byChannel = (['web', 'hotline', 'open311'] as const).map((c) => `${c} ${problems.filter((p) => p.channel === c && p.steps.has('submitted')).length}`).join(', ');
  const errors = problems.filter((p) => p.error);
  const stuck = unsettled.length + problems.filter((p) => !p.problemId).length;
  const duplicates = dupProblems.n + dupSeats.n + dupConsultations.n + dupReferrals.n + dupCallbacks.n + dupHistory.n;

  const line = (label: string, value: string | number) => say(`  ${label.padEnd(46)} ${value}`);
  say(`\nFault run ${runId}: ${total} problems, ${concurrency} at a time, ${since()} in all\n`);
  line('submitted (accepted by intake)', `${count('submitted')} (${byChannel})`);
  line('problem rows for the submissions', rows.n);
  line('reached a workflow', reachedWorkflow.n);
  line('screened suitable (claim item opened)', `${screenedRows.n} (driver saw ${count('screened')})`);
  line('team formed', `${formed.n} (driver saw ${count('team')})`);
  line('consultation recorded', `${consulted.n} (driver saw ${count('consulted')})`);
  line('duplicated problems (per key / order number)', dupProblems.n);
  line('duplicated seats (claims > seats)', dupSeats.n);
  line('duplicated consultations', dupConsultations.n);
  line('duplicated referrals', dupReferrals.n);
  line('duplicated notifications (hotline callbacks)', dupCallbacks.n);
  line('duplicated history entries (per step)', dupHistory.n);
  line('stuck (not in follow_up after settling)', stuck);
  line('HTTP calls retried during outages', retriedCalls);
  say('\n  Fault timeline');
  for (const entry of timeline) say(`    ${entry}`);
  if (errors.length > 0) {
    say(`\n  Driver errors (${errors.length}; first 10)`);
    for (const p of errors.slice(0, 10)) say(`    ${p.tag} ${p.channel}: ${p.error}`);
  }
  if (unsettled.length > 0) say(`\n  Unsettled stages: ${JSON.stringify(countBy(unsettled.map((u) => u.stage)))}`);
  process.exitCode = duplicates > 0 || stuck > 0 || count('submitted') < total ? 1 : 0;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const app of ALL_APPS) await stopApp(app, 'SIGTERM');
  });
