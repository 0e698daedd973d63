import cluster, { type Worker } from 'node:cluster';

/** How long the primary waits for its processes to finish their graceful shutdown. */
const SHUTDOWN_GRACE_MS = 30_000;

/**
 * Runs an HTTP app in `processes` processes that share its port (Node's cluster module: the
 * primary holds the listening socket and hands connections round-robin to its workers), so one
 * service uses more than one core without a proxy in front. With one process — the default —
 * `start` simply runs here.
 *
 * Returns what `start` returned in a process that serves, and null in the primary, which only
 * supervises: it forwards SIGTERM/SIGINT to every worker and exits once they all finished their
 * graceful shutdown; it replaces a worker that dies after it served (a crash must not halve the
 * service for good), but stops everything when one dies before it ever listened (bad
 * configuration, a database away at start) rather than fork it again and again.
 *
 * Nothing in a service may rely on living in one process: outbox relays lease rows (`FOR
 * UPDATE SKIP LOCKED`), reconcilers take an advisory lock, rate limits and throttles count in
 * Redis — the same holds for two instances on two machines.
 */
export async function runInProcesses<T extends Closable>(name: string, processes: number, start: () => Promise<T>): Promise<T | null> {
  if (processes <= 1 || !cluster.isPrimary) {
    const app = await start();
    if (cluster.isWorker) closeOnceOnSignal(app);
    return app;
  }
  superviseWorkers(name, processes);
  return null;
}

interface Closable {
  close(): Promise<void>;
}

/**
 * Whether this process should bind shutdown to signals itself (Nest's enableShutdownHooks):
 * not in a cluster worker, where closeOnceOnSignal does it.
 */
export const ownsShutdownSignals = (): boolean => !cluster.isWorker;

/**
 * A cluster worker often gets the same signal twice: from the terminal (Ctrl-C reaches the whole
 * process group) or systemd (which signals every process of the unit), and again from the
 * primary forwarding it. Nest's own hooks unbind themselves on the first, so the second would
 * kill the process in the middle of its graceful shutdown; here the first closes the app and
 * later ones are ignored.
 */
function closeOnceOnSignal(app: Closable): void {
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`shutdown failed: ${error instanceof Error ? error.stack : String(error)}\n`);
          process.exit(1);
        },
      );
    });
  }
}

function superviseWorkers(name: string, processes: number): void {
  const served = new WeakSet<Worker>();
  let listening = 0;
  let stopping = false;
  const say = (level: 30 | 40 | 50, msg: string) =>
    // One JSON line like the services' pino logs, so log readers see one format.
    process.stdout.write(`${JSON.stringify({ level, time: Date.now(), pid: process.pid, service: name, context: 'ServiceProcesses', msg })}\n`);

  const stopAll = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    if (workers.length === 0) process.exit(code);
    say(30, `${name}: stopping ${workers.length} process(es) (${signal})`);
    for (const worker of workers) worker.process.kill(signal);
    cluster.on('exit', () => {
      if (Object.values(cluster.workers ?? {}).every((w) => !w || w.isDead())) process.exit(code);
    });
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(code || 1);
    }, SHUTDOWN_GRACE_MS).unref();
  };

  cluster.on('listening', (worker) => {
    if (served.has(worker)) return;
    served.add(worker);
    listening += 1;
    if (listening === processes) say(30, `${name}: ${processes} processes listening`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!served.has(worker)) {
      say(50, `${name}: process ${worker.process.pid} exited before it served (code ${code ?? signal}); stopping`);
      stopAll('SIGTERM', 1);
      return;
    }
    say(40, `${name}: process ${worker.process.pid} exited (code ${code ?? signal}); starting another`);
    cluster.fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stopAll(signal, 0));

  say(30, `${name}: starting ${processes} processes (primary ${process.pid})`);
  for (let i = 0; i < processes; i++) cluster.fork();
}
