import type { WorkCalendar } from '@shangliang/contracts';
import { nationalCalendar, nationalYearKnown } from './national-calendar';

export interface CalendarAdjustmentView {
  date: string;
  kind: 'holiday' | 'workday';
}

/** The national calendar with a council's own adjustments laid over it (theirs win). */
export function councilCalendar(first: string, last: string, adjustments: readonly CalendarAdjustmentView[]): WorkCalendar {
  const national = nationalCalendar(first, last);
  const within = adjustments.filter((a) => a.date >= first && a.date <= last);
  const adjusted = new Set(within.map((a) => a.date));
  const keep = (dates: string[]) => dates.filter((d) => !adjusted.has(d));
  return {
    utcOffsetMinutes: national.utcOffsetMinutes,
    holidays: [...keep(national.holidays), ...within.filter((a) => a.kind === 'holiday').map((a) => a.date)].sort(),
    workdays: [...keep(national.workdays), ...within.filter((a) => a.kind === 'workday').map((a) => a.date)].sort(),
  };
}

export interface CalendarYearStatus {
  year: number;
  /** national: the package has it; local: only the council's own entries (holidays) do; missing: neither. */
  source: 'national' | 'local' | 'missing';
}

export interface CalendarStatus {
  years: CalendarYearStatus[];
  /** Set from 1 December while next year's holidays are known neither nationally nor locally. */
  warning: { year: number; zh: string; en: string } | null;
}

/**
 * Deadlines count working days, so next year's calendar must be in before problems raised in
 * December run into January. The State Council publishes the notice around November; from
 * 1 December (Beijing time) staff are warned until the package or an admin has the dates.
 */
export function calendarStatus(now: Date, adjustments: readonly CalendarAdjustmentView[]): CalendarStatus {
  const local = new Date(now.getTime() + 480 * 60_000);
  const thisYear = local.getUTCFullYear();
  const yearStatus = (year: number): CalendarYearStatus => ({
    year,
    source: nationalYearKnown(year) ? 'national' : adjustments.some((a) => a.kind === 'holiday' && a.date.startsWith(`${year}-`)) ? 'local' : 'missing',
  });
  const years = [yearStatus(thisYear), yearStatus(thisYear + 1)];
  const next = years[1];
  const warn = local.getUTCMonth() === 11 && next.source === 'missing';
  return {
    years,
    warning: warn
      ? {
          year: next.year,
          zh: `${next.year}年的节假日安排尚未录入：期限按工作日计算，请在国务院办公厅通知发布后录入（或升级 chinese-days）。`,
          en: `The ${next.year} holiday calendar is missing: deadlines count working days. Enter the State Council's dates (or upgrade chinese-days).`,
        }
      : null,
  };
}
