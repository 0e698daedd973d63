// Part `workflow-cost`: what one workflow task costs the worker when the workflow is not in its
// cache — the price of every timer that fires for a problem that has been waiting for days, so
// the ceiling on how many deadlines a minute one worker process can act on.
// - Replays each recorded history of the current release (workflows/problem-lifecycle/histories,
//   `*.release-<newest>.json`) BENCH_REPLAYS times (default 200) with the worker's bundle
//   (dist/workflow-bundles/problem-lifecycle.js) and the SDK's defaults, in this process, and
//   prints CPU and wall time per replay and per history event; then, for each scenario the
//   release before also recorded, both recordings side by side (what the release changed).
// - Then once more with the sandbox's per-call execution timeout taken off (here only; the
//   worker keeps it): the SDK runs every call into the workflow's V8 context with a timeout (its
//   deadlock guard), and Node starts and joins a watchdog thread for each such call.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type { BenchContext } from './support/context';
import { percentile } from './support/stats';

const HISTORIES = 'workflows/problem-lifecycle/histories';
const BUNDLE = 'dist/workflow-bundles/problem-lifecycle.js';

interface Recorded {
  name: string;
  events: number;
  json: unknown;
}

const releaseOf = (file: string) => Number(/release-(\d+)/.exec(file)![1]);

/** The recorded histories of a release (`back` 0: the newest; 1: the one before it). */
async function release(back: number): Promise<Recorded[]> {
  const files = (await readdir(HISTORIES)).filter((f) => /\.release-\d+\.json$/.test(f));
  const chosen = [...new Set(files.map(releaseOf))].sort((a, b) => b - a)[back];
  return Promise.all(
    files
      .filter((f) => chosen !== undefined && releaseOf(f) === chosen)
      .sort()
      .map(async (name) => {
        const json = JSON.parse(await readFile(join(HISTORIES, name), 'utf8')) as { events?: unknown[] };
        return { name, events: json.events?.length ?? 0, json };
      }),
  );
}

/** Replays `recorded` `times` times; CPU and wall milliseconds per replay. */
async function replay(recorded: Recorded, times: number): Promise<{ cpuMs: number; wallMs: number }> {
  const histories = async function* (n: number) {
    for (let i = 0; i < n; i++) yield { workflowId: `bench-replay-${i}`, history: historyFromJSON(recorded.json) };
  };
  const options = { workflowBundle: { codePath: resolve(BUNDLE) }, replayName: 'bench-workflow-cost' };
  for await (const result of Worker.runReplayHistories(options, histories(10))) if (result.error) throw result.error;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for await (const result of Worker.runReplayHistories(options, histories(times))) if (result.error) throw result.error;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000 / times, wallMs: (performance.now() - started) / times };
}

/** Runs `work` with vm's `timeout` option dropped from every call (the watchdog thread per call). */
async function withoutSandboxTimeout<T>(work: () => Promise<T>): Promise<T> {
  const script = vm.Script.prototype.runInContext;
  const run = vm.runInContext;
  const untimed = <O>(options: O): O => (options && typeof options === 'object' && 'timeout' in options ? { ...options, timeout: undefined } : options);
  vm.Script.prototype.runInContext = function (this: vm.Script, context, options) {
    return script.call(this, context, untimed(options));
  };
  vm.runInContext = (code, context, options) => run(code, context, untimed(options));
  try {
    return await work();
  } finally {
    vm.Script.prototype.runInContext = script;
    vm.runInContext = run;
  }
}

export async function runWorkflowCost(context: BenchContext): Promise<void> {
  const { report } = context;
  // The replay workers' state changes would drown the report.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const times = Number(process.env.BENCH_REPLAYS ?? 200);
  const recorded = await release(0);
  report.section(`workflow cost: a workflow task for a workflow not in the cache (replay), ${times} replays of each recorded history`);
  const perEvent: number[] = [];
  for (const history of recorded) {
    const cost = await replay(history, times);
    perEvent.push(cost.cpuMs / history.events);
    report.line(`${history.name} (${history.events} events)`, `CPU ${cost.cpuMs.toFixed(1)} ms, wall ${cost.wallMs.toFixed(1)} ms per replay`);
  }
  report.line('CPU per history event, median over the histories', `${percentile(perEvent, 50).toFixed(2)} ms`);
  // The same scenarios as the release before recorded them: what this release changed per replay.
  const scenario = (name: string) => name.replace(/\.release-\d+\.json$/, '');
  for (const before of await release(1)) {
    const after = recorded.find((r) => scenario(r.name) === scenario(before.name));
    if (!after) continue;
    const [was, now] = [await replay(before, times), await replay(after, times)];
    report.line(`${scenario(before.name)}: ${before.name.match(/release-\d+/)![0]} → ${after.name.match(/release-\d+/)![0]}`, `CPU ${was.cpuMs.toFixed(1)} → ${now.cpuMs.toFixed(1)} ms per replay (${before.events} → ${after.events} events)`);
  }
  const sample = recorded.reduce((a, b) => (a.events <= b.events ? a : b));
  const untimed = await withoutSandboxTimeout(() => replay(sample, times));
  report.line(`${sample.name} without the sandbox's per-call timeout`, `CPU ${untimed.cpuMs.toFixed(1)} ms, wall ${untimed.wallMs.toFixed(1)} ms per replay (measured here only)`);
  report.note('a rung for a problem that has left the cache replays its history first: one worker process acts on at most');
  report.note('≈1000 / (CPU ms per replay) such rungs a second on one core, whatever the server does.');
}
