import type { WorkCalendar } from './problem-lifecycle.contract';
import { addWorkingDays, isWorkingDay, workingDaysBefore } from './working-days';

/** China (UTC+8), with a holiday week and two adjusted working weekend days (调休). */
const calendar: WorkCalendar = {
  utcOffsetMinutes: 480,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-20', '2026-10-10'],
};
const at = (local: string) => Date.parse(`${local}+08:00`);
const local = (epochMs: number) => new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 16);

describe('working days on the Chinese calendar', () => {
  it('skips the weekend: Friday 15:00 plus two working days is Tuesday 15:00', () => {
    expect(local(addWorkingDays(at('2026-11-27T15:00:00'), 2, calendar))).toBe('2026-12-01T15:00');
  });

  it('does not count the holiday week', () => {
    expect(local(addWorkingDays(at('2026-09-30T09:00:00'), 1, calendar))).toBe('2026-10-08T09:00');
  });

  it('counts an adjusted working Saturday (调休)', () => {
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true);
    expect(local(addWorkingDays(at('2026-10-09T10:00:00'), 1, calendar))).toBe('2026-10-10T10:00');
  });

  it('starts counting after a problem raised at the weekend', () => {
    expect(local(addWorkingDays(at('2026-11-28T10:00:00'), 1, calendar))).toBe('2026-11-30T10:00');
  });

  it('uses the local date, not UTC: 07:00 on Monday in China is still Sunday in UTC', () => {
    expect(isWorkingDay('2026-11-30', calendar)).toBe(true);
    expect(local(addWorkingDays(at('2026-11-30T07:00:00'), 1, calendar))).toBe('2026-12-01T07:00');
  });

  it('counts a reminder one working day before a Monday deadline back to the Friday', () => {
    expect(local(workingDaysBefore(at('2026-11-30T10:00:00'), 1, calendar))).toBe('2026-11-27T10:00');
  });

  it('counts back over the holiday week and onto a 调休 Saturday', () => {
    expect(local(workingDaysBefore(at('2026-10-12T10:00:00'), 1, calendar))).toBe('2026-10-10T10:00');
    expect(local(workingDaysBefore(at('2026-10-08T10:00:00'), 1, calendar))).toBe('2026-09-30T10:00');
  });
});
