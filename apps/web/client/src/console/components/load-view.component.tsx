import type { ComponentChildren } from 'preact';
import type { Loaded } from '../hooks/use-query';
import { useConsoleText } from '../i18n/use-console-text';
import { ErrorNotice } from './error-notice.component';

/** Loading, failed (with the error and a retry) or the data. */
export function LoadView<T>({ state, retry, children }: { state: Loaded<T>; retry: () => void; children: (data: T) => ComponentChildren }) {
  const { c } = useConsoleText();
  if (state.status === 'loading') {
    return (
      <p class="muted" role="status">
        {c.common.loading}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div>
        <ErrorNotice error={state.error} />
        <button type="button" class="button button--secondary c-retry" onClick={retry}>
          {c.common.retry}
        </button>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
