import { readdirSync, readFileSync } from 'node:fs';

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
