import { useConsoleText } from '../i18n/use-console-text';

/** Previous / next over a list the service pages with limit and offset. */
export function Pager({ offset, pageSize, shown, total, onChange }: { offset: number; pageSize: number; shown: number; total: number; onChange: (offset: number) => void }) {
  const { c } = useConsoleText();
  if (total === 0) return null;
  return (
    <div class="c-pager">
      <span class="muted">{c.common.showing(offset + 1, offset + shown, total)}</span>
      {total > pageSize && (
        <span class="c-pager__buttons">
          <button type="button" class="button button--secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - pageSize))}>
            {c.common.previous}
          </button>
          <button type="button" class="button button--secondary" disabled={offset + shown >= total} onClick={() => onChange(offset + pageSize)}>
            {c.common.next}
          </button>
        </span>
      )}
    </div>
  );
}
