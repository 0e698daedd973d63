/** One group of a count: a status, an outcome, a satisfaction level… */
export interface Tally {
  key: string;
  count: number;
}

export function countOf(tallies: Tally[], key: string): number {
  return tallies.find((t) => t.key === key)?.count ?? 0;
}

export function sum(tallies: Tally[]): number {
  return tallies.reduce((total, t) => total + t.count, 0);
}

/** Counts for every known key, zero for those with no rows yet. */
export function countsByKey<K extends string>(keys: readonly K[], tallies: Tally[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, countOf(tallies, key)])) as Record<K, number>;
}

/** A rate to four decimals, or null when there is nothing to divide by yet. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
