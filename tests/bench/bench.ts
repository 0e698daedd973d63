// `npm run bench [-- --cluster] [part…]` (infra/scripts/run-bench.sh starts the system in the
// bench environment, then runs this). Each part prints its own section; BENCH_PARTS (comma-
// separated) picks some. The order matters: the loops run on an empty bank, then the bank grows
// (duplicates, a million rows), then the open problems with their timers; what one uncached
// workflow task costs the worker (replays, in this process) closes.
import os from 'node:os';
import { createBenchContext, type BenchContext } from './support/context';
import { stdoutReport } from './support/report';
import { runIntakeLoops } from './intake-loops.part';
import { runDuplicateCheck } from './duplicate-check.part';
import { runDataScale } from './data-scale.part';
import { runOpenProblems } from './open-problems.part';
import { runWorkflowCost } from './workflow-cost.part';

const PARTS: Record<string, (context: BenchContext) => Promise<void>> = {
  loops: runIntakeLoops,
  duplicates: runDuplicateCheck,
  rows: runDataScale,
  'open-problems': runOpenProblems,
  'workflow-cost': runWorkflowCost,
};

async function main(): Promise<void> {
  const wanted = (process.env.BENCH_PARTS ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((part) => !PARTS[part]);
  if (unknown.length) throw new Error(`unknown bench part(s) ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);
  const parts = Object.keys(PARTS).filter((part) => !wanted.length || wanted.includes(part));

  const { context, close } = await createBenchContext(stdoutReport);
  const cpus = os.cpus();
  process.stdout.write(
    `Shangliang benchmark — ${new Date().toISOString()} — topology: ${context.topology} (Temporal ${context.temporalAddress})\n` +
      `machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n` +
      `parts: ${parts.join(', ')}\n`,
  );
  try {
    for (const part of parts) await PARTS[part]!(context);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
