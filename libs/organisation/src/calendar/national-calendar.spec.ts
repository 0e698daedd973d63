import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nationalCalendar, nationalYearKnown } from './national-calendar';
import { calendarStatus, councilCalendar } from './work-calendar';

describe('the national working-day calendar', () => {
  it('agrees for every day of 2026 with the dates entered by hand from the State Council notice', () => {
    const entered = JSON.parse(readFileSync(join(__dirname, 'state-council-2026.json'), 'utf8'));
    const national = nationalCalendar('2026-01-01', '2026-12-31');
    // The hand-entered file also lists holidays that fall on a weekend; what counts is which
    // days are worked.
    const worked = (date: string, c: { holidays: string[]; workdays: string[] }) =>
      c.workdays.includes(date) || (!c.holidays.includes(date) && ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()));
    const differing: string[] = [];
    for (let at = Date.parse('2026-01-01T00:00:00Z'); at <= Date.parse('2026-12-31T00:00:00Z'); at += 86_400_000) {
      const date = new Date(at).toISOString().slice(0, 10);
      if (worked(date, national) !== worked(date, entered)) differing.push(date);
    }
    expect(differing).toEqual([]);
    expect(national.workdays).toEqual([...entered.workdays].sort());
    expect(national.utcOffsetMinutes).toBe(entered.utcOffsetMinutes);
  });

  it('knows the years the notice has reached', () => {
    expect(nationalYearKnown(2026)).toBe(true);
    expect(nationalYearKnown(2099)).toBe(false);
  });

  it('lays a council’s own days over it', () => {
    const calendar = councilCalendar('2026-06-01', '2026-06-30', [
      { date: '2026-06-10', kind: 'holiday' },
      { date: '2026-06-19', kind: 'workday' }, // the 端午 holiday, worked locally
      { date: '2026-07-01', kind: 'holiday' }, // outside the range
    ]);
    expect(calendar.holidays).toContain('2026-06-10');
    expect(calendar.holidays).not.toContain('2026-06-19');
    expect(calendar.workdays).toContain('2026-06-19');
    expect(calendar.holidays).not.toContain('2026-07-01');
  });
});

describe('the calendar warning', () => {
  const at = (iso: string) => new Date(iso);

  it('is silent in November and warns from 1 December (Beijing) while next year is missing', () => {
    // 2099 stands for a year the package does not know.
    expect(calendarStatus(at('2098-11-30T15:59:00Z'), []).warning).toBeNull();
    const december = calendarStatus(at('2098-11-30T16:00:00Z'), []);
    expect(december.warning).toMatchObject({ year: 2099 });
    expect(december.years).toEqual([
      { year: 2098, source: 'missing' },
      { year: 2099, source: 'missing' },
    ]);
  });

  it('is satisfied by next year’s holidays entered locally', () => {
    const status = calendarStatus(at('2098-12-05T00:00:00Z'), [{ date: '2099-01-01', kind: 'holiday' }]);
    expect(status.warning).toBeNull();
    expect(status.years[1]).toEqual({ year: 2099, source: 'local' });
  });

  it('knows 2026 from the package', () => {
    expect(calendarStatus(at('2026-06-01T00:00:00Z'), []).years[0]).toEqual({ year: 2026, source: 'national' });
  });
});
