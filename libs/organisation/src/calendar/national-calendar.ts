import { isHoliday, isWorkday } from 'chinese-days';
import type { WorkCalendar } from '@shangliang/contracts';

/** China's time zone: dates in the calendar are Beijing dates. */
export const CHINA_UTC_OFFSET_MINUTES = 480;
const DAY_MS = 86_400_000;

function* datesBetween(first: string, last: string): Generator<string> {
  for (let at = Date.parse(`${first}T00:00:00Z`); at <= Date.parse(`${last}T00:00:00Z`); at += DAY_MS) {
    yield new Date(at).toISOString().slice(0, 10);
  }
}

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The national calendar between two dates, from the maintained `chinese-days` package (the
 * State Council's yearly notice): weekdays that are public holidays, and weekend days worked
 * in lieu (调休). Only the exceptions are listed; every other weekday is a working day.
 */
export function nationalCalendar(first: string, last: string): WorkCalendar {
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (const date of datesBetween(first, last)) {
    if (isWeekend(date) ? isWorkday(date) : !isWorkday(date)) (isWeekend(date) ? workdays : holidays).push(date);
  }
  return { utcOffsetMinutes: CHINA_UTC_OFFSET_MINUTES, holidays, workdays };
}

/**
 * Whether the package has a year's holidays at all. Every published year has New Year's Day
 * (1 January) as a holiday; a year the notice has not reached yet has none.
 */
export function nationalYearKnown(year: number): boolean {
  return isHoliday(`${year}-01-01`);
}
