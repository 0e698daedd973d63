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
