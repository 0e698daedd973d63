import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './eventually';
import { testEnvironment } from './test-environment';

export type AppName = 'intake' | 'assignment' | 'consultation' | 'supervision' | 'notifications' | 'sms-sink' | 'worker';
export const ALL_APPS: AppName[] = ['intake', 'assignment', 'consultation', 'supervision', 'notifications', 'sms-sink', 'worker'];

const registryFile = () => join(testEnvironment.varDir, 'processes.json');
const logFile = (name: string) => join(testEnvironment.varDir, 'log', `${name}.log`);

type Registry = Record<string, number[]>;

function readRegistry(): Registry {
  return existsSync(registryFile()) ? (JSON.parse(readFileSync(registryFile(), 'utf8')) as Registry) : {};
}

function register(name: string, pid: number): void {
  const registry = readRegistry();
  registry[name] = [...(registry[name] ?? []), pid];
  writeFileSync(registryFile(), JSON.stringify(registry));
}

export function runningPids(name: AppName): number[] {
  return (readRegistry()[name] ?? []).filter(isAlive);
}

/**
 * Starts one built app (`dist/apps/<name>`) as its own process, logging to var/test/log, and
 * waits until it serves: HTTP apps answer /health, the worker reports that it polls Temporal.
 * With SERVICE_PROCESSES > 1 (the production topology) an HTTP app's process is the primary of
 * that many on its port, and it counts as started once all of them listen; `instance` > 1 is a
 * further process of the same app (a second worker), logging to `<name>-<instance>.log`.
 */
export async function startApp(name: AppName, env: Record<string, string> = {}, instance = 1): Promise<number> {
  mkdirSync(join(testEnvironment.varDir, 'log'), { recursive: true });
  const log = logFile(instance > 1 ? `${name}-${instance}` : name);
  const processes = Number(env.SERVICE_PROCESSES ?? process.env.SERVICE_PROCESSES ?? '1');
  const clustered = processes > 1 && name !== 'worker' && name !== 'sms-sink';
  const offset = existsSync(log) ? statSync(log).size : 0;
  const fd = openSync(log, 'a');
  const child = spawn(process.execPath, [join(testEnvironment.distDir, 'apps', name, 'src/main.js')], {
    cwd: testEnvironment.root,
    env: { ...process.env, WORKFLOW_BUNDLE_PATH: join(testEnvironment.distDir, 'workflow-bundles/problem-lifecycle.js'), ...env },
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  closeSync(fd);
  child.unref();
  const pid = child.pid!;
  register(name, pid);
  await eventually(
    async () => {
      if (!isAlive(pid)) throw new Error(`${name} exited; see ${log}`);
      if (name === 'worker') return readFileSync(log, 'utf8').slice(offset).includes('Temporal worker polling');
      if (clustered && !readFileSync(log, 'utf8').slice(offset).includes(`${processes} processes listening`)) return false;
      const port = env[`${name.toUpperCase().replace(/-/g, '_')}_PORT`];
      // No keep-alive: an idle pooled socket could be closed by the service under the next request.
      const res = await fetch(`${port ? `http://127.0.0.1:${port}` : testEnvironment.url(name)}/health`, { headers: { connection: 'close' } });
      return res.ok;
    },
    (ready) => ready,
    { timeoutMs: 60_000, what: `${name} to start` },
  );
  return pid;
}

export async function stopPid(pid: number, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  await eventually(async () => !isAlive(pid), (dead) => dead, { timeoutMs: 20_000, what: `process ${pid} to exit` }).catch(() => {
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  });
}

export async function stopAll(): Promise<void> {
  const registry = readRegistry();
  await Promise.all(Object.values(registry).flat().map((pid) => stopPid(pid)));
  writeFileSync(registryFile(), '{}');
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts every app the e2e suites need: one process of each, or in the production topology
 * (SERVICE_PROCESSES > 1) that many of the worker too (the HTTP apps fork theirs themselves).
 */
export async function startAllApps(): Promise<void> {
  const workers = Math.max(1, Number(process.env.SERVICE_PROCESSES ?? '1'));
  await Promise.all([
    ...ALL_APPS.map((app) => startApp(app)),
    ...Array.from({ length: workers - 1 }, (_, i) => startApp('worker', {}, i + 2)),
  ]);
}

/**
 * Stops the test run's Temporal server and starts it again on the same database: the dev
 * server's file, or the cluster topology's PostgreSQL databases (TEMPORAL_TOPOLOGY=cluster).
 */
export function restartTemporal(): void {
  const cluster = process.env.TEMPORAL_TOPOLOGY === 'cluster';
  const script = [
    'source infra/scripts/lib.sh',
    'source infra/temporal/temporal.sh',
    'source infra/temporal/temporal-cluster.sh',
    'load_env test',
    cluster ? 'stop_temporal_cluster' : 'stop_temporal_dev_server',
    cluster ? 'start_temporal_cluster' : 'start_temporal_dev_server',
  ].join(' && ');
  const result = spawnSync('bash', ['-c', script], { cwd: testEnvironment.root, env: process.env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Temporal restart failed: ${result.stderr}`);
}

export function appLog(name: string): string {
  return existsSync(logFile(name)) ? readFileSync(logFile(name), 'utf8') : '';
}
