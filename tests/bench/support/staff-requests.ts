// Requests as staff and residents make them, one after the other (click, then read), timed;
// shared by the parts that read the banks at scale.
import type { BenchContext } from './context';
import { percentile, percentiles } from './stats';

/** The i-th of `items`, drawn so that neighbouring requests differ. */
export const draw = <T>(items: readonly T[], i: number): T => items[(i * 7919 + 13) % items.length]!;

export interface Timed {
  latenciesMs: number[];
  failures: Map<string, number>;
  rows: number[];
}

/** Runs `count` requests one after another (staff click, then read): latency per request. */
export async function timeRequests(count: number, request: (i: number) => Promise<{ status: number; rows: number }>): Promise<Timed> {
  const timed: Timed = { latenciesMs: [], failures: new Map(), rows: [] };
  // A few first requests warm connections and plans; they are not counted.
  for (let i = 0; i < 5; i++) await request(count + i).catch(() => undefined);
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    try {
      const { status, rows } = await request(i);
      const ms = performance.now() - started;
      if (status === 200) {
        timed.latenciesMs.push(ms);
        timed.rows.push(rows);
      } else timed.failures.set(`HTTP ${status}`, (timed.failures.get(`HTTP ${status}`) ?? 0) + 1);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      timed.failures.set(reason, (timed.failures.get(reason) ?? 0) + 1);
    }
  }
  return timed;
}

/**
 * Signs in one account after the other: sign-in refuses an address that tries one password on
 * many accounts at once (password spraying), which parallel demo sign-ins would look like.
 */
export async function signIn(context: BenchContext, usernames: string[]): Promise<string[]> {
  const tokens: string[] = [];
  for (const username of usernames) tokens.push(await context.staffToken(username));
  return tokens;
}

export async function getJson(url: string, token: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

/** A list answer's `total`. */
export const totalOf = (body: unknown): number => (body as { total?: number }).total ?? 0;

export function reportTimed(context: BenchContext, label: string, timed: Timed, rowsLabel: string): void {
  const failed = [...timed.failures].map(([reason, n]) => `${n}× ${reason}`).join(', ');
  context.report.line(`${label} p50 / p95`, `${percentiles(timed.latenciesMs, 50, 95)} (${timed.latenciesMs.length} requests${failed ? `; failed ${failed}` : ''})`);
  context.report.line(`  ${rowsLabel} per answer p50 / max`, `${percentile(timed.rows, 50)} / ${Math.max(0, ...timed.rows)}`);
}
