/**
 * The periods the picker offers and the trend's range, worked out in Beijing time like the API
 * (UTC+8, no daylight saving), so "this quarter" is the council's quarter wherever the browser is.
 */
const BEIJING_OFFSET_MS = 8 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

export function beijingToday(now = new Date()): { year: number; month: number } {
  const shifted = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}

export interface PeriodChoice {
  label: string;
  kind: 'quarter' | 'month' | 'year';
}

/** This quarter and the seven before it, the last twelve months, this year and the two before. */
export function periodChoices(now = new Date()): PeriodChoice[] {
  const { year, month } = beijingToday(now);
  const quarters: PeriodChoice[] = [];
  let [qy, q] = [year, Math.floor((month - 1) / 3) + 1];
  for (let i = 0; i < 8; i++) {
    quarters.push({ label: `${qy}-Q${q}`, kind: 'quarter' });
    [qy, q] = q === 1 ? [qy - 1, 4] : [qy, q - 1];
  }
  const months: PeriodChoice[] = [];
  let [my, m] = [year, month];
  for (let i = 0; i < 12; i++) {
    months.push({ label: `${my}-${pad(m)}`, kind: 'month' });
    [my, m] = m === 1 ? [my - 1, 12] : [my, m - 1];
  }
  const years: PeriodChoice[] = [0, 1, 2].map((i) => ({ label: String(year - i), kind: 'year' }));
  return [...quarters, ...months, ...years];
}

/** The last calendar month (year, month) a period label covers. */
function lastMonthOf(label: string): { year: number; month: number } | null {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return { year: Number(quarter[1]), month: Number(quarter[2]) * 3 };
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return { year: Number(month[1]), month: Number(month[2]) };
  const year = /^(\d{4})$/.exec(label);
  if (year) return { year: Number(year[1]), month: 12 };
  return null;
}

/** The twelve months ending with the period's last month, as `from`/`to` days for GET /figures/trend. */
export function trendRangeOf(label: string): { from: string; to: string } | null {
  const last = lastMonthOf(label);
  if (!last) return null;
  const start = new Date(Date.UTC(last.year, last.month - 12, 1));
  const end = new Date(Date.UTC(last.year, last.month, 0));
  const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { from: day(start), to: day(end) };
}
