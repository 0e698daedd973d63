/**
 * Figures count China days (UTC+8, no daylight saving). Rollups keep a count per China day, so a
 * range is split into the whole days it covers, read from a rollup, and what is left at its
 * ends (parts of a day), counted from the rows. A period of the figures API is whole days: no ends.
 */
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export interface TimeRange {
  from: Date;
  to: Date;
}

export interface ChinaDaySplit {
  /** Whole China days [from, to) as 'YYYY-MM-DD', or null when the range holds none. */
  days: { from: string; to: string } | null;
  /** The parts of days at the range's ends, at most two, none for a range of whole days. */
  edges: TimeRange[];
}

const dayIndex = (at: Date, round: (n: number) => number) => round((at.getTime() + CHINA_OFFSET_MS) / DAY_MS);
const startOfDay = (index: number) => new Date(index * DAY_MS - CHINA_OFFSET_MS);
const isoDay = (index: number) => new Date(index * DAY_MS).toISOString().slice(0, 10);

/** The China day of an instant, as SQL computes it: `((at AT TIME ZONE 'UTC') + interval '8 hours')::date`. */
export function chinaDayOf(at: Date): string {
  return isoDay(dayIndex(at, Math.floor));
}

export function splitIntoChinaDays(range: TimeRange): ChinaDaySplit {
  if (range.to <= range.from) return { days: null, edges: [] };
  const first = dayIndex(range.from, Math.ceil);
  const end = dayIndex(range.to, Math.floor);
  if (first >= end) return { days: null, edges: [range] };
  const edges: TimeRange[] = [];
  if (range.from < startOfDay(first)) edges.push({ from: range.from, to: startOfDay(first) });
  if (startOfDay(end) < range.to) edges.push({ from: startOfDay(end), to: range.to });
  return { days: { from: isoDay(first), to: isoDay(end) }, edges };
}
