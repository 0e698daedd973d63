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

/** A page of a list whose total is counted only up to a cap: at it, `totalIsLowerBound` is true (there are more). */
export interface CappedPage<T> extends Page<T> {
  totalIsLowerBound: boolean;
}
