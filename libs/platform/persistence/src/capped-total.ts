/**
 * Lists count their matches up to this many and no further: counting a million rows for a pager
 * costs more than the page itself, and no one pages past ten thousand. Figures never use this —
 * they are counted exactly.
 */
export const TOTAL_CAP = 10_000;

/** A list's total: exact up to the cap; at the cap, `totalIsLowerBound` says there are more. */
export interface CappedTotal {
  total: number;
  totalIsLowerBound: boolean;
}

/** From a count taken with `LIMIT cap + 1`: more than the cap means "at least the cap". */
export function cappedTotal(counted: number, cap = TOTAL_CAP): CappedTotal {
  return counted > cap ? { total: cap, totalIsLowerBound: true } : { total: counted, totalIsLowerBound: false };
}
