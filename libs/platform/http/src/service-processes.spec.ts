import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * runInProcesses for real: a primary with two workers on one port, in a child process (the
 * cluster module forks the entry script, so it cannot run inside jest itself).
 */
const entry = `
const { createServer } = require('node:http');
const { runInProcesses } = require(${JSON.stringify(join(__dirname, 'service-processes.ts'))});
runInProcesses('fixture', Number(process.env.PROCESSES), async () => {
  if (process.env.FAIL_AT_START === 'true') throw new Error('no database');
  const server = createServer((req, res) => res.setHeader('connection', 'close').end(String(process.pid)));
  await new Promise((resolve) => server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  // A graceful shutdown that takes a moment, and leaves a mark when it finished.
  return {
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve) => setTimeout(resolve, 300));
      require('node:fs').writeFileSync(require('node:path').join(process.env.MARKS, 'closed-' + process.pid), '');
    },
  };
}).catch(() => process.exit(1));
`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('runInProcesses', () => {
  let dir: string;
  let script: string;
  let primary: ChildProcess | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'service-processes-'));
    script = join(dir, 'entry.js');
    writeFileSync(script, entry);
  });
  afterEach(() => primary?.kill('SIGKILL'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = (port: number, env: Record<string, string> = {}) => {
    primary = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', script], {
      env: { ...process.env, PORT: String(port), PROCESSES: '2', MARKS: dir, TS_NODE_TRANSPILE_ONLY: 'true', ...env },
      stdio: 'ignore',
    });
    return primary;
  };
  const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  /** The pids answering on the port, over enough requests for round-robin to reach every worker. */
  const servingPids = async (port: number) => {
    const pids = new Set<string>();
    // A connection handed to the worker just killed is lost: time out rather than hang.
    for (let i = 0; i < 8; i++) pids.add(await (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })).text());
    return pids;
  };

  it('serves one port from two processes, replaces one that dies and stops them all on SIGTERM', async () => {
    const port = await freePort();
    const child = start(port);
    const first = await waitFor(async () => {
      const pids = await servingPids(port);
      return pids.size === 2 ? pids : undefined;
    });
    expect(first.has(String(child.pid))).toBe(false);

    const [victim] = [...first];
    process.kill(Number(victim), 'SIGKILL');
    const after = await waitFor(async () => {
      const pids = await servingPids(port);
      return pids.size === 2 && !pids.has(victim) ? pids : undefined;
    });
    expect(after.size).toBe(2);

    // As systemd stops a unit: every process gets SIGTERM, the workers once more from the primary.
    const exit = exited(child);
    child.kill('SIGTERM');
    for (const pid of after) process.kill(Number(pid), 'SIGTERM');
    expect(await exit).toBe(0);
    for (const pid of after) expect(existsSync(join(dir, `closed-${pid}`))).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 60_000);

  it('stops with a failure when a process dies before it ever served', async () => {
    const child = start(await freePort(), { FAIL_AT_START: 'true' });
    expect(await exited(child)).toBe(1);
  }, 60_000);
});
