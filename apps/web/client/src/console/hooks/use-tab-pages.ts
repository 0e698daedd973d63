import { useState } from 'preact/hooks';

/**
 * A work list's tab and the offset of the page shown in it: choosing another tab starts again at
 * its first page.
 */
export function useTabPages<T>(first: T): { tab: T; offset: number; chooseTab: (tab: T) => void; setOffset: (offset: number) => void } {
  const [tab, setTab] = useState<T>(first);
  const [offset, setOffset] = useState(0);
  return {
    tab,
    offset,
    chooseTab: (next: T) => {
      setTab(next);
      setOffset(0);
    },
    setOffset,
  };
}
