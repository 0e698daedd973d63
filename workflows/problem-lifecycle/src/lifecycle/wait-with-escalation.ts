import { condition } from '@temporalio/workflow';

/** A stage's deadline clock, which stops while the stage waits on the resident. */
export interface StageClock {
  paused(): boolean;
  /** The clock runs again with `remainingMs` left: the new deadline is to be recorded. */
  onResumed(remainingMs: number): Promise<void>;
}

/**
 * Waits until `done` or until `ms` of running (unpaused) time have passed; true when done.
 * Without a clock, or while it is never paused, this is exactly `condition(done, ms)`.
 */
async function waitWhileRunning(done: () => boolean, ms: number, clock?: StageClock): Promise<boolean> {
  if (!clock) return condition(done, ms);
  let remaining = ms;
  for (;;) {
    const started = Date.now();
    const stopped = await condition(() => done() || clock.paused(), Math.max(remaining, 1));
    if (done()) return true;
    if (!stopped) return false;
    remaining -= Date.now() - started;
    await condition(() => done() || !clock.paused());
    if (done()) return true;
    await clock.onResumed(Math.max(remaining, 1));
  }
}

/**
 * Waits for `answer` to become non-null, with a deadline that escalates: every time `sliceMs`
 * of running time passes without it, `onOverdue(level)` runs (level 1, 2, …) and the wait goes
 * on. After `maxLevel` escalations it keeps waiting without further steps. Durable: the timers
 * live in Temporal, not in a process. With a clock, time spent waiting on the resident does
 * not count.
 */
export async function waitWithEscalation<T>(
  answer: () => T | null,
  sliceMs: number,
  maxLevel: number,
  onOverdue: (level: number) => Promise<void>,
  clock?: StageClock,
): Promise<T> {
  const answered = () => answer() !== null;
  for (let level = 1; level <= maxLevel; level++) {
    if (await waitWhileRunning(answered, sliceMs, clock)) return answer() as T;
    await onOverdue(level);
  }
  await condition(answered);
  return answer() as T;
}

/** Waits, without a deadline, for `answer` to become non-null. */
export async function waitFor<T>(answer: () => T | null): Promise<T> {
  await condition(() => answer() !== null);
  return answer() as T;
}
