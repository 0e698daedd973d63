/**
 * Residents are not texted at night: a text due between `startHour` and `endHour` Beijing time
 * (22-8 by default) waits until `endHour` rather than being dropped. China keeps one time zone
 * without daylight saving, so UTC+8 is exact.
 */
export interface QuietHours {
  startHour: number;
  endHour: number;
}

const BEIJING_OFFSET_MS = 8 * 3600_000;
const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

export function parseQuietHours(value: string): QuietHours {
  const [startHour, endHour] = value.split('-').map(Number);
  if (![startHour, endHour].every((h) => Number.isInteger(h) && h >= 0 && h <= 23)) {
    throw new Error(`NOTIFY_QUIET_HOURS: hours must be 0-23, got "${value}"`);
  }
  return { startHour, endHour };
}

/** When a resident's text due at `now` may go out: `now` itself, or the end of the quiet hours. */
export function sendableAt(now: Date, quiet: QuietHours): Date {
  if (quiet.startHour === quiet.endHour) return now;
  const local = now.getTime() + BEIJING_OFFSET_MS;
  const hour = Math.floor((local % DAY_MS) / HOUR_MS);
  const wraps = quiet.startHour > quiet.endHour; // e.g. 22-8 spans midnight
  const quietNow = wraps ? hour >= quiet.startHour || hour < quiet.endHour : hour >= quiet.startHour && hour < quiet.endHour;
  if (!quietNow) return now;
  const dayStart = local - (local % DAY_MS);
  // Past midnight the quiet hours end today; before it, tomorrow.
  const endsTomorrow = wraps && hour >= quiet.startHour;
  const endLocal = dayStart + (endsTomorrow ? DAY_MS : 0) + quiet.endHour * HOUR_MS;
  return new Date(endLocal - BEIJING_OFFSET_MS);
}
