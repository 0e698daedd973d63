import { intakeStaffApi, type Problem } from '../api/intake.api';

/** What the problem list answers for at once (its `limit` and `ids` bound). */
const IDS_PER_REQUEST = 200;

/**
 * The problems a work queue's items refer to, by id: the queues of the other services carry only
 * references, and a screener or claimant needs the title and the description. Asked for by the
 * items' own ids, so every item of any page finds its problem however long the stage's list is.
 * A request that fails leaves its items' references to stand alone.
 */
export async function problemsById(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, Problem>> {
  const unique = [...new Set(ids)];
  const chunks = Array.from({ length: Math.ceil(unique.length / IDS_PER_REQUEST) }, (_, i) => unique.slice(i * IDS_PER_REQUEST, (i + 1) * IDS_PER_REQUEST));
  const pages = await Promise.allSettled(chunks.map((chunk) => intakeStaffApi.problems({ ids: chunk.join(','), limit: IDS_PER_REQUEST }, signal)));
  return new Map(pages.flatMap((page) => (page.status === 'fulfilled' ? page.value.items : [])).map((p) => [p.id, p]));
}

/** A queue (a list or a page of one) with the problems its items refer to. */
export async function withProblems<Queue>(queue: Promise<Queue>, itemsOf: (queue: Queue) => readonly { problemId: string }[], signal?: AbortSignal): Promise<[Queue, Map<string, Problem>]> {
  const loaded = await queue;
  return [loaded, await problemsById(itemsOf(loaded).map((item) => item.problemId), signal)];
}
