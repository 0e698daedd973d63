import { condition } from '@temporalio/workflow';

/**
 * Waits for `answer` to become non-null, with a deadline that escalates: every time `sliceMs`
 * passes without it, `onOverdue(level)` runs (level 1, 2, …) and the wait goes on. After
 * `maxLevel` escalations it keeps waiting without further steps. Durable: the timers live in
 * Temporal, not in a process.
 */
export async function waitWithEscalation<T>(
  answer: () => T | null,
  sliceMs: number,
  maxLevel: number,
  onOverdue: (level: number) => Promise<void>,
): Promise<T> {
  const answered = () => answer() !== null;
  for (let level = 1; level <= maxLevel; level++) {
    if (await condition(answered, sliceMs)) return answer() as T;
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
