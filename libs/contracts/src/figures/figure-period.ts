import { z } from 'zod';

/**
 * Periods the figures are counted over. Councils count in Beijing time (UTC+8, no daylight
 * saving), so a month, quarter or year starts at 00:00 in Beijing: 2026-Q3 is
 * [2026-06-30T16:00Z, 2026-09-30T16:00Z). A range is given as two calendar days, both included.
 */
export interface FigurePeriod {
  /** `2026`, `2026-Q3`, `2026-07`, or `2026-07-01..2026-08-15`. */
  label: string;
  kind: 'year' | 'quarter' | 'month' | 'range';
  /** Inclusive start. */
  from: Date;
  /** Exclusive end. */
  to: Date;
}

const BEIJING_OFFSET_MS = 8 * 3600_000;
/** The longest range and trend the API counts (three years of months). */
export const MAX_PERIOD_MONTHS = 36;

/** Midnight in Beijing of a calendar day (month is 1-based; day 0 and overflow roll like Date.UTC). */
export function beijingMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - BEIJING_OFFSET_MS);
}

/** The calendar date in Beijing of an instant: { year, month (1-based), day }. */
export function beijingDate(at: Date): { year: number; month: number; day: number } {
  const shifted = new Date(at.getTime() + BEIJING_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthPeriod(year: number, month: number): FigurePeriod {
  return { label: `${year}-${pad(month)}`, kind: 'month', from: beijingMidnight(year, month, 1), to: beijingMidnight(year, month + 1, 1) };
}

export function quarterPeriod(year: number, quarter: number): FigurePeriod {
  const first = (quarter - 1) * 3 + 1;
  return { label: `${year}-Q${quarter}`, kind: 'quarter', from: beijingMidnight(year, first, 1), to: beijingMidnight(year, first + 3, 1) };
}

export function yearPeriod(year: number): FigurePeriod {
  return { label: String(year), kind: 'year', from: beijingMidnight(year, 1, 1), to: beijingMidnight(year + 1, 1, 1) };
}

/** The quarter (in Beijing) an instant falls in: the default period. */
export function quarterOf(at: Date): FigurePeriod {
  const { year, month } = beijingDate(at);
  return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
}

/** `2026`, `2026-Q3` or `2026-07`, or null when it is none of them. */
export function parsePeriodLabel(label: string): FigurePeriod | null {
  const year = /^(\d{4})$/.exec(label);
  if (year) return yearPeriod(Number(year[1]));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return quarterPeriod(Number(quarter[1]), Number(quarter[2]));
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (month) return monthPeriod(Number(month[1]), Number(month[2]));
  return null;
}

/** A calendar day `YYYY-MM-DD` that exists, as { year, month, day }, or null. */
export function parseDay(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : null;
}

export function rangePeriod(from: { year: number; month: number; day: number }, to: { year: number; month: number; day: number }): FigurePeriod {
  const label = `${from.year}-${pad(from.month)}-${pad(from.day)}..${to.year}-${pad(to.month)}-${pad(to.day)}`;
  return { label, kind: 'range', from: beijingMidnight(from.year, from.month, from.day), to: beijingMidnight(to.year, to.month, to.day + 1) };
}

/** The months (in Beijing) a period touches, each cut to the period: the points of a trend. */
export function monthsOf(period: FigurePeriod): FigurePeriod[] {
  const months: FigurePeriod[] = [];
  let { year, month } = beijingDate(period.from);
  for (;;) {
    const m = monthPeriod(year, month);
    if (m.from >= period.to) break;
    const from = m.from < period.from ? period.from : m.from;
    const to = m.to > period.to ? period.to : m.to;
    months.push({ ...m, from, to });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

export interface FigurePeriodQuery {
  period?: string;
  from?: string;
  to?: string;
}

/**
 * `period` (a year, quarter or month) or `from`/`to` (calendar days, both included), never both;
 * neither: the current quarter. A bad value is an issue naming the field (a 400 at the edge).
 */
export function figurePeriodFrom(q: FigurePeriodQuery, ctx: z.RefinementCtx, now = new Date()): FigurePeriod {
  const fail = (path: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
    return z.NEVER;
  };
  if (q.period !== undefined) {
    if (q.from !== undefined || q.to !== undefined) return fail('period', 'give either period or from/to, not both');
    return parsePeriodLabel(q.period) ?? fail('period', 'must be a year (2026), a quarter (2026-Q3) or a month (2026-07)');
  }
  if (q.from === undefined && q.to === undefined) return quarterOf(now);
  if (q.from === undefined) return fail('from', 'is required with to');
  if (q.to === undefined) return fail('to', 'is required with from');
  const from = parseDay(q.from);
  if (!from) return fail('from', 'must be a calendar day YYYY-MM-DD');
  const to = parseDay(q.to);
  if (!to) return fail('to', 'must be a calendar day YYYY-MM-DD');
  const range = rangePeriod(from, to);
  if (range.to <= range.from) return fail('to', 'must not be before from');
  if (monthsOf(range).length > MAX_PERIOD_MONTHS) return fail('to', `the range may span at most ${MAX_PERIOD_MONTHS} months`);
  return range;
}

/** The query fields of a period, for schemas at the edge (`period`, `from`, `to`). */
export const figurePeriodFields = {
  period: z.string().trim().max(20).optional(),
  from: z.string().trim().max(10).optional(),
  to: z.string().trim().max(10).optional(),
};
