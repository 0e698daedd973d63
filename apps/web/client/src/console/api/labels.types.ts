/** A label the services send in both languages. */
export interface Label {
  zh: string;
  en: string;
}

/** A page of a list endpoint. */
export interface Page<T> {
  total: number;
  items: T[];
}

/** How many rows the console asks a work list (queue) for at a time; its pager steps by as many. */
export const QUEUE_PAGE_SIZE = 200;

/** A page of a list whose total is counted only up to a cap: at it, `totalIsLowerBound` is true (there are more). */
export interface CappedPage<T> extends Page<T> {
  totalIsLowerBound: boolean;
}
