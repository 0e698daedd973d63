import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Resident set size (bytes) of every process on this machine whose command line contains `needle`. */
export function rssOf(needle: string): { pid: number; rssBytes: number }[] {
  const found: { pid: number; rssBytes: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!cmdline.includes(needle) || cmdline.includes('bench.js')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (rss) found.push({ pid: Number(entry), rssBytes: Number(rss[1]) * 1024 });
    } catch {
      /* the process ended meanwhile */
    }
  }
  return found;
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/**
 * Like `rssOf`, but only this bench system's processes: started from the same checkout with the
 * same database and queue prefix (other systems, e.g. another checkout's bench, may run beside it).
 */
export function rssOfThisSystem(needle: string): { pid: number; rssBytes: number }[] {
  const mine = (pid: number) => {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== process.cwd()) return false;
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      return ['PGDATABASE', 'QUEUE_PREFIX'].every((name) => environ.includes(`${name}=${process.env[name] ?? ''}`));
    } catch {
      return false;
    }
  };
  return rssOf(needle).filter((p) => mine(p.pid));
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time (seconds, user + system) every process on this machine has used so far, by what it
 * is: a system app by its name (`dist/apps/<name>/`), the bench itself, else the command name
 * (postgres, temporal, redis-server …). Keyed by pid so that a later snapshot can take the
 * difference of processes that lived through both.
 */
export function cpuSnapshot(): Map<number, { label: string; seconds: number }> {
  const snapshot = new Map<number, { label: string; seconds: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields count from its end.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const app = /dist\/apps\/([a-z-]+)\//.exec(cmdline);
      const label = app ? app[1]! : cmdline.includes('bench.js') ? 'bench' : comm;
      snapshot.set(Number(entry), { label, seconds });
    } catch {
      /* the process ended meanwhile */
    }
  }
  return snapshot;
}

/** CPU seconds used between two snapshots, by label, largest first (processes born between count whole). */
export function cpuBetween(before: Map<number, { label: string; seconds: number }>, after: Map<number, { label: string; seconds: number }>): [string, number][] {
  const used = new Map<string, number>();
  for (const [pid, now] of after) {
    const then = before.get(pid);
    const seconds = then && then.label === now.label ? now.seconds - then.seconds : now.seconds;
    if (seconds > 0) used.set(now.label, (used.get(now.label) ?? 0) + seconds);
  }
  return [...used].sort((a, b) => b[1] - a[1]);
}
