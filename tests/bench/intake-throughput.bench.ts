// `npm run bench` — against the running system (`npm start`): drives the intake API at a fixed
// concurrency for a set time, then counts how many problems reached a running workflow, then
// runs a bare `workflow.start` loop against the same Temporal server, and prints both rates and
// their ratio. Settings: BENCH_CONCURRENCY (20), BENCH_SECONDS (20), INTAKE_URL, TEMPORAL_ADDRESS.
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { PROBLEM_LIFECYCLE_WORKFLOW } from '@shangliang/contracts';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 20);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const intakeUrl = process.env.INTAKE_URL ?? `http://127.0.0.1:${process.env.INTAKE_PORT ?? 3001}`;
const temporalAddress = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
const communities = Array.from({ length: 18 }, (_, i) => `com-${String(i + 1).padStart(2, '0')}`);

interface LoopResult {
  ok: number;
  failed: number;
  latenciesMs: number[];
  elapsedS: number;
}

/** Runs `op` in `concurrency` parallel loops until the time is up. */
async function closedLoop(op: (i: number) => Promise<boolean>): Promise<LoopResult> {
  const result: LoopResult = { ok: 0, failed: 0, latenciesMs: [], elapsedS: 0 };
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < stopAt) {
        const t0 = performance.now();
        const ok = await op(n++).catch(() => false);
        result.latenciesMs.push(performance.now() - t0);
        if (ok) result.ok++;
        else result.failed++;
      }
    }),
  );
  result.elapsedS = (performance.now() - started) / 1000;
  return result;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function submitProblem(i: number): Promise<boolean> {
  const res = await fetch(`${intakeUrl}/problems`, {
    method: 'POST',
    // Many residents, not one client hammering: intake rate-limits per address (behind the web
    // proxy it trusts X-Forwarded-For), so each request comes from its own simulated address.
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
    body: JSON.stringify({
      title: `[bench] 路灯不亮 #${i}`,
      description: '基准测试：小区路灯不亮，影响夜间出行。',
      category: 'public_facilities',
      communityId: communities[i % communities.length],
    }),
  });
  await res.arrayBuffer();
  return res.status === 201;
}

async function countProblemWorkflowsSince(client: Client, since: Date): Promise<number> {
  const { count } = await client.workflow.count(`WorkflowType = '${PROBLEM_LIFECYCLE_WORKFLOW}' AND StartTime >= '${since.toISOString()}'`);
  return count;
}

async function main(): Promise<void> {
  const connection = await Connection.connect({ address: temporalAddress });
  const client = new Client({ connection, namespace });
  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(34)} ${value}\n`);

  process.stdout.write(`Shangliang intake benchmark: ${concurrency} in flight for ${seconds} s against ${intakeUrl} and Temporal ${temporalAddress}\n\n`);
  const benchStart = new Date(Date.now() - 1000);
  const intake = await closedLoop(submitProblem);
  const intakeRate = intake.ok / intake.elapsedS;

  // Workflows start asynchronously (outbox → queue → worker): give them a moment to catch up.
  let started = 0;
  const settleUntil = Date.now() + 60_000;
  while (Date.now() < settleUntil) {
    started = await countProblemWorkflowsSince(client, benchStart);
    if (started >= intake.ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }

  const taskQueue = `bench-${randomUUID()}`;
  const bare = await closedLoop(async () => {
    await client.workflow.start('benchNoop', { taskQueue, workflowId: `bench-${randomUUID()}`, args: [], workflowExecutionTimeout: '1 minute' });
    return true;
  });
  const bareRate = bare.ok / bare.elapsedS;

  line('problems accepted', `${intake.ok} (${intake.failed} failed)`);
  line('intake rate', `${intakeRate.toFixed(1)} problems/s`);
  line('intake latency p50 / p99', `${percentile(intake.latenciesMs, 50).toFixed(1)} ms / ${percentile(intake.latenciesMs, 99).toFixed(1)} ms`);
  line('reached a running workflow', `${started} of ${intake.ok}`);
  line('bare workflow.start rate', `${bareRate.toFixed(1)} starts/s (${bare.failed} failed)`);
  line('bare start latency p50 / p99', `${percentile(bare.latenciesMs, 50).toFixed(1)} ms / ${percentile(bare.latenciesMs, 99).toFixed(1)} ms`);
  line('intake / bare start ratio', `${(intakeRate / bareRate).toFixed(2)}`);
  await connection.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
