import { intakeStaffApi, type Problem } from '../api/intake.api';

/**
 * The problems of a stage in the caller's scope, by id: the queues of the other services carry
 * only references, and a screener or claimant needs the title and the description. A failure
 * leaves the references to stand alone.
 */
export async function problemsInStage(stage: string, signal?: AbortSignal): Promise<Map<string, Problem>> {
  try {
    const { items } = await intakeStaffApi.problems({ stage, limit: 200 }, signal);
    return new Map(items.map((p) => [p.id, p]));
  } catch {
    return new Map();
  }
}
