import { z } from 'zod';

/**
 * A query parameter that takes several values: repeated (`status=open&status=closed`) and
 * comma-separated (`status=open,closed`) mean the same. Blank entries are dropped. More than `max`
 * values is refused before any value is read, naming the parameter.
 *
 * Sent blank (`status=`), it is the same as not sent — unless `blank` is `'refused'`: a filter that
 * names exactly what to answer for (ids) would otherwise silently answer for everything.
 */
export function queryList<T extends z.ZodType>(item: T, max: number, options: { blank?: 'absent' | 'refused' } = {}) {
  const blankRefused = options.blank === 'refused';
  return z.preprocess(
    (v) => {
      const joined = Array.isArray(v) ? v.join(',') : v;
      if (typeof joined !== 'string') return joined;
      const items = joined
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return items.length || blankRefused ? items : undefined;
    },
    z
      .array(z.unknown())
      .min(blankRefused ? 1 : 0, 'at least one value')
      .max(max, `at most ${max} values`)
      .pipe(z.array(item))
      .optional(),
  );
}
