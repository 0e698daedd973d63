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

/** What a list asks for: which rows, in which order. Its page and its count share it. */
export interface ListQuery {
  where?: unknown;
  orderBy: unknown;
}

/**
 * A page of a list and its total up to the cap, asked for side by side. Both get the same query;
 * the count takes `cap + 1` rows at most, so past the cap it stops and says "at least the cap".
 * Counted in the list's order: the index that serves the page serves the count (each list has
 * one that leads with its filter and holds its order), where a count left free to choose could
 * walk another index and read the rows behind it.
 */
export function pageWithCappedTotal<Query extends ListQuery, Row>(
  query: Query,
  page: (query: Query) => PromiseLike<Row[]>,
  count: (query: Query & { take: number }) => PromiseLike<number>,
  cap = TOTAL_CAP,
): Promise<[Row[], CappedTotal]> {
  return Promise.all([page(query), count({ ...query, take: cap + 1 }).then((counted) => cappedTotal(counted, cap))]);
}
