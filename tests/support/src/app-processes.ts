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
 */
export async function startApp(name: AppName, env: Record<string, string> = {}): Promise<number> {
  mkdirSync(join(testEnvironment.varDir, 'log'), { recursive: true });
  const log = logFile(name);
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

/** Stops the test run's Temporal dev server and starts it again on the same database file. */
export function restartTemporal(): void {
  const script = [
    'source infra/scripts/lib.sh',
    'source infra/temporal/temporal.sh',
    'load_env test',
    'stop_temporal_dev_server',
    'start_temporal_dev_server',
  ].join(' && ');
  const result = spawnSync('bash', ['-c', script], { cwd: testEnvironment.root, env: process.env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Temporal restart failed: ${result.stderr}`);
}

export function appLog(name: string): string {
  return existsSync(logFile(name)) ? readFileSync(logFile(name), 'utf8') : '';
}
