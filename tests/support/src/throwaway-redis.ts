import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './eventually';
import { isAlive } from './app-processes';
import { testEnvironment } from './test-environment';

/**
 * A Redis of a test's own, on a port of its own (FAULT_REDIS_PORT), without persistence: killing
 * it loses every queued message, as a Redis restarted without AOF would. Never the machine's or
 * the test run's shared Redis.
 */
export class ThrowawayRedis {
  private pid: number | null = null;

  constructor(readonly port: number) {}

  static fromEnvironment(): ThrowawayRedis {
    return new ThrowawayRedis(Number(process.env.FAULT_REDIS_PORT ?? 6392));
  }

  async start(): Promise<void> {
    // A leftover from an interrupted run on this port is ours too.
    spawnSync('redis-cli', ['-p', String(this.port), 'shutdown', 'nosave'], { stdio: 'ignore' });
    const dir = join(testEnvironment.varDir, 'fault-redis');
    mkdirSync(dir, { recursive: true });
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', 'noeviction'],
      { stdio: 'ignore', detached: true },
    );
    child.unref();
    this.pid = child.pid ?? null;
    await eventually(
      async () => spawnSync('redis-cli', ['-p', String(this.port), 'ping'], { encoding: 'utf8' }).stdout.trim(),
      (answer) => answer === 'PONG',
      { timeoutMs: 15_000, what: `the throwaway Redis on ${this.port}` },
    );
  }

  /** Kills it without warning: everything it held is gone. */
  async kill(): Promise<void> {
    const pid = this.pid;
    if (!pid) return;
    process.kill(pid, 'SIGKILL');
    await eventually(async () => !isAlive(pid), (dead) => dead, { timeoutMs: 10_000, what: 'the throwaway Redis to die' });
    this.pid = null;
  }
}
