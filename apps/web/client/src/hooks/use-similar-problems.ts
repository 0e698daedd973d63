import { useEffect, useState } from 'preact/hooks';
import { intakeApi } from '../api/intake-api';
import type { SimilarProblem } from '../api/intake-api.types';
import { useDebouncedValue } from './use-debounced-value';

const TYPING_PAUSE_MS = 500;
const MIN_DESCRIPTION = 4;

/**
 * Open problems of the community that look like the one being written, asked for when the
 * resident pauses typing. Failures show nothing: the hint must never block raising a problem.
 */
export function useSimilarProblems(query: { communityId: string; title: string; description: string }): SimilarProblem[] {
  // Debounced as one string: an object would be new on every render and never settle.
  const settled = useDebouncedValue(JSON.stringify([query.communityId, query.title, query.description]), TYPING_PAUSE_MS);
  const [found, setFound] = useState<SimilarProblem[]>([]);
  const [communityId, title, description] = JSON.parse(settled) as [string, string, string];
  useEffect(() => {
    if (!communityId || description.trim().length < MIN_DESCRIPTION) {
      setFound([]);
      return;
    }
    const abort = new AbortController();
    intakeApi
      .similar({ communityId, title: title.trim().slice(0, 200), description: description.trim().slice(0, 4000) }, abort.signal)
      .then(setFound, () => abort.signal.aborted || setFound([]));
    return () => abort.abort();
  }, [communityId, title, description]);
  return found;
}
