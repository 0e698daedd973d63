import { z } from 'zod';

/**
 * A query parameter that takes several values: repeated (`status=open&status=closed`) and
 * comma-separated (`status=open,closed`) mean the same. Blank entries are dropped; none at all is
 * the same as the parameter not sent. More than `max` values is refused, naming the parameter.
 */
export function queryList<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess((v) => {
    const joined = Array.isArray(v) ? v.join(',') : v;
    if (typeof joined !== 'string') return joined;
    const items = joined
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return items.length ? items : undefined;
  }, z.array(item).max(max, `at most ${max} values`).optional());
}
