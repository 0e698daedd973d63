import { useRef, useState } from 'preact/hooks';

export interface Submission<A extends unknown[]> {
  run: (...args: A) => Promise<void>;
  busy: boolean;
  error: unknown;
  done: boolean;
  reset: () => void;
}

/**
 * One action at a time: a double click sends one request. Keeps the error to show (with the
 * fields the service named) and whether it succeeded.
 */
export function useSubmit<A extends unknown[], R>(action: (...args: A) => Promise<R>, onDone?: (result: R) => void): Submission<A> {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const run = async (...args: A) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const result = await action(...args);
      setDone(true);
      onDone?.(result);
    } catch (failure) {
      setError(failure);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const reset = () => {
    setError(null);
    setDone(false);
  };
  return { run, busy, error, done, reset };
}
