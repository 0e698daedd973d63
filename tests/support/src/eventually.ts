/**
 * Polls `probe` until it returns a value `accept` likes, or fails with the last value seen.
 * For asynchronous effects (queues, workflows); never a fixed sleep.
 */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, options: { timeoutMs?: number; intervalMs?: number; what?: string } = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
  const seen = lastError ? String(lastError) : JSON.stringify(last)?.slice(0, 2000);
  throw new Error(`timed out waiting for ${options.what ?? 'condition'}; last seen: ${seen}`);
}
