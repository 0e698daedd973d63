import type { DeadlinePolicy } from '@shangliang/contracts';
import { rungTimes } from './referral-steps';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const calendar = { utcOffsetMinutes: 480, holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] };
const policy = (referral: DeadlinePolicy['referral'], withCalendar = true): DeadlinePolicy => ({
  screeningMs: DAY,
  claimingMs: DAY,
  consultationMs: DAY,
  followUpMs: DAY,
  ...(withCalendar ? { calendar } : {}),
  referral,
});
const at = (local: string) => Date.parse(`${local}+08:00`);
const local = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 16);

describe('when the rungs of a referral ladder fall', () => {
  it('counts elapsed offsets around the deadline', () => {
    const due = at('2026-12-02T10:00:00');
    const times = rungTimes(due, policy({ reminderBeforeMs: DAY, formalSupervisionAfterMs: 3 * DAY, democraticSupervisionAfterMs: 5 * DAY }));
    expect(times.map(([rung, ms]) => [rung, local(ms)])).toEqual([
      ['reminder', '2026-12-01T10:00'],
      ['urging_notice', '2026-12-02T10:00'],
      ['formal_supervision', '2026-12-05T10:00'],
      ['democratic_supervision', '2026-12-10T10:00'],
    ]);
  });

  it('counts working days where the policy gives them: a Monday deadline is reminded on the Friday, 督办 skips the weekend', () => {
    const monday = at('2026-11-30T10:00:00');
    const times = rungTimes(
      monday,
      policy({ reminderBeforeMs: DAY, formalSupervisionAfterMs: 3 * DAY, democraticSupervisionAfterMs: 5 * DAY, workingDays: { reminderBefore: 1, formalSupervisionAfter: 5, democraticSupervisionAfter: 1 } }),
    );
    expect(times.map(([, ms]) => local(ms))).toEqual(['2026-11-27T10:00', '2026-11-30T10:00', '2026-12-07T10:00', '2026-12-08T10:00']);
  });

  it('skips a holiday week and counts a 调休 Saturday', () => {
    const times = rungTimes(at('2026-09-30T10:00:00'), policy({ reminderBeforeMs: DAY, formalSupervisionAfterMs: DAY, democraticSupervisionAfterMs: DAY, workingDays: { formalSupervisionAfter: 1, democraticSupervisionAfter: 2 } }));
    expect(local(times[2][1])).toBe('2026-10-08T10:00');
    expect(local(times[3][1])).toBe('2026-10-10T10:00');
  });

  it('falls back to elapsed time without a calendar', () => {
    const due = at('2026-11-30T10:00:00');
    const times = rungTimes(due, policy({ reminderBeforeMs: DAY, formalSupervisionAfterMs: DAY, democraticSupervisionAfterMs: DAY, workingDays: { reminderBefore: 1 } }, false));
    expect(local(times[0][1])).toBe('2026-11-29T10:00');
  });
});
