import { z } from 'zod';

/**
 * Dates the council writes on paper (submitted on, adopted on, settled on) are calendar days in
 * China; stored as the start of that day in China time (UTC+8, no daylight saving), so a period
 * [from, to) counts the same days the council counts.
 */
export const CHINA_OFFSET = '+08:00';

export function startOfChinaDay(date: string): Date {
  return new Date(`${date}T00:00:00${CHINA_OFFSET}`);
}

/** The China calendar day of an instant, YYYY-MM-DD. */
export function chinaDayOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A real calendar day, YYYY-MM-DD (not 2026-02-30). */
export const calendarDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => {
    const parsed = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === d && d >= '1990-01-01' && d <= '2100-12-31';
  }, 'must be a real date between 1990 and 2100');
