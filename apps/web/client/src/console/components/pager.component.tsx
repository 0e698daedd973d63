import type { ComponentChildren } from 'preact';
import { QUEUE_PAGE_SIZE, type CappedPage } from '../api/labels.types';
import { useConsoleText } from '../i18n/use-console-text';

/**
 * Previous / next over a list the service pages with limit and offset. A total counted only up to
 * a cap (`totalIsLowerBound`) reads "of 10,000+", and next stays open while pages come back full.
 */
export function Pager({
  offset,
  pageSize,
  shown,
  total,
  totalIsLowerBound = false,
  onChange,
}: {
  offset: number;
  pageSize: number;
  shown: number;
  total: number;
  totalIsLowerBound?: boolean;
  onChange: (offset: number) => void;
}) {
  const { c } = useConsoleText();
  if (total === 0) return null;
  const hasNext = totalIsLowerBound ? shown === pageSize : offset + shown < total;
  return (
    <div class="c-pager">
      <span class="muted">{c.common.showing(offset + 1, offset + shown, total, totalIsLowerBound)}</span>
      {(total > pageSize || totalIsLowerBound) && (
        <span class="c-pager__buttons">
          <button type="button" class="button button--secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - pageSize))}>
            {c.common.previous}
          </button>
          <button type="button" class="button button--secondary" disabled={!hasNext} onClick={() => onChange(offset + pageSize)}>
            {c.common.next}
          </button>
        </span>
      )}
    </div>
  );
}

/** The pager of a work list asked for QUEUE_PAGE_SIZE rows at a time. */
export function QueuePager({ page, offset, onChange }: { page: CappedPage<unknown>; offset: number; onChange: (offset: number) => void }) {
  return <Pager offset={offset} pageSize={QUEUE_PAGE_SIZE} shown={page.items.length} total={page.total} totalIsLowerBound={page.totalIsLowerBound} onChange={onChange} />;
}

/** A page of a work list: its items (or "nothing here"), and the pager below them. */
export function PagedQueue<T>({ page, offset, onChange, children }: { page: CappedPage<T>; offset: number; onChange: (offset: number) => void; children: (item: T) => ComponentChildren }) {
  const { c } = useConsoleText();
  return (
    <>
      {page.items.length ? <ul class="c-list">{page.items.map(children)}</ul> : <p class="muted">{c.common.empty}</p>}
      <QueuePager page={page} offset={offset} onChange={onChange} />
    </>
  );
}
