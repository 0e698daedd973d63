/** Nearest-rank percentile of a sample (0 for an empty one). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** "p50 / p99" of a sample in milliseconds, one decimal. */
export function percentiles(values: readonly number[], ...ps: number[]): string {
  return ps.map((p) => `${percentile(values, p).toFixed(1)} ms`).join(' / ');
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
