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
