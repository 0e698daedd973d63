import { condition } from '@temporalio/workflow';

/**
 * Waits for `done` with a deadline that escalates: every time `sliceMs` passes without it,
 * `onOverdue(level)` runs (level 1, 2, …) and the wait goes on. After `maxLevel` escalations it
 * keeps waiting without further steps. Durable: the timers live in Temporal, not in a process.
 */
export async function waitWithEscalation(
  done: () => boolean,
  sliceMs: number,
  maxLevel: number,
  onOverdue: (level: number) => Promise<void>,
): Promise<void> {
  for (let level = 1; level <= maxLevel; level++) {
    if (await condition(done, sliceMs)) return;
    await onOverdue(level);
  }
  await condition(done);
}
