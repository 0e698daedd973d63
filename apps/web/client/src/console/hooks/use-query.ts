import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Loaded } from '../../hooks/use-load';

export type { Loaded };

/**
 * Loads when `deps` change (filters, ids, tabs) and again on `reload`; an answer to an older
 * request never overwrites a newer one. A reload keeps showing what was there until the answer
 * comes (forms below stay put); new deps show "loading", never the other list's entries.
 */
export function useQuery<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadedFor = useRef<readonly unknown[]>(deps);
  useEffect(() => {
    const abort = new AbortController();
    const sameDeps = loadedFor.current.length === deps.length && deps.every((d, i) => Object.is(d, loadedFor.current[i]));
    loadedFor.current = deps;
    setState((previous) => (sameDeps && previous.status === 'ready' ? previous : { status: 'loading' }));
    load(abort.signal).then(
      (data) => abort.signal.aborted || setState({ status: 'ready', data }),
      (error: unknown) => abort.signal.aborted || setState({ status: 'failed', error }),
    );
    return () => abort.abort();
    // `load` closes over `deps`; listing them is the contract of this hook.
  }, [...deps, attempt]);
  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}
