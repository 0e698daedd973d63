import type { WorkCalendar } from './problem-lifecycle.contract';

const DAY_MS = 24 * 3600 * 1000;

/** `YYYY-MM-DD` of an instant in the calendar's time zone. */
function localDate(epochMs: number, calendar: WorkCalendar): string {
  return new Date(epochMs + calendar.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/**
 * A working day on the Chinese calendar: Monday to Friday unless a public holiday, and a
 * weekend day that is an adjusted working day (调休).
 */
export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The deadline `days` working days after `from`: the same local time of day on the `days`-th
 * working day that follows `from`'s date (Friday 15:00 + 2 → Tuesday 15:00; across a holiday
 * week the holidays do not count, a 调休 Saturday does). Pure, so a workflow can call it (and services
 * compute the same deadlines: it lives in contracts, the one lib both may import).
 */
export function addWorkingDays(fromMs: number, days: number, calendar: WorkCalendar): number {
  return stepWorkingDays(fromMs, days, DAY_MS, calendar);
}

/**
 * The instant `days` working days before `at` (the same local time of day): a reminder "one
 * working day before" a Monday deadline comes on the Friday before, not on the Sunday.
 */
export function workingDaysBefore(atMs: number, days: number, calendar: WorkCalendar): number {
  return stepWorkingDays(atMs, days, -DAY_MS, calendar);
}

function stepWorkingDays(fromMs: number, days: number, stepMs: number, calendar: WorkCalendar): number {
  let at = fromMs;
  let counted = 0;
  while (counted < days) {
    at += stepMs;
    if (isWorkingDay(localDate(at, calendar), calendar)) counted++;
  }
  return at;
}
