import { cadenceStatus, periodOf } from './cadence-period';

const at = (local: string) => new Date(`${local}+08:00`);

describe('the cadence rule by calendar period', () => {
  it('cuts streets and groups into two-month periods and townships into quarters, in Beijing time', () => {
    expect(periodOf('street', at('2026-11-30T23:59:00'))).toEqual({ label: '2026-11/12', start: at('2026-11-01T00:00:00'), end: at('2027-01-01T00:00:00') });
    expect(periodOf('group', at('2026-03-01T00:00:00')).label).toBe('2026-03/04');
    expect(periodOf('township', at('2026-12-31T23:00:00'))).toEqual({ label: '2026-Q4', start: at('2026-10-01T00:00:00'), end: at('2027-01-01T00:00:00') });
    // 1 December in Beijing is still 30 November in UTC.
    expect(periodOf('township', new Date('2026-09-30T17:00:00Z')).label).toBe('2026-Q4');
  });

  it('is on track once something was held this period', () => {
    expect(cadenceStatus('street', at('2026-12-20T10:00:00'), at('2026-11-02T09:00:00'), at('2026-09-01T09:00:00'))).toMatchObject({ status: 'held', behind: false });
  });

  it('is due, not behind, early in a period when the last one was kept', () => {
    expect(cadenceStatus('street', at('2026-11-05T10:00:00'), at('2026-10-20T09:00:00'), at('2026-10-20T09:00:00'))).toMatchObject({ status: 'due', behind: false });
  });

  it('is behind when the period ends within two weeks and nothing was held', () => {
    expect(cadenceStatus('township', at('2026-12-20T10:00:00'), at('2026-09-15T09:00:00'), at('2026-09-15T09:00:00'))).toMatchObject({ status: 'due_soon', behind: true, daysLeft: 12 });
  });

  it('is behind when the last period was missed, and when nothing was ever held', () => {
    expect(cadenceStatus('street', at('2026-11-05T10:00:00'), at('2026-08-20T09:00:00'), at('2026-08-20T09:00:00'))).toMatchObject({ status: 'missed', behind: true });
    expect(cadenceStatus('group', at('2026-11-05T10:00:00'), null, null)).toMatchObject({ status: 'missed', behind: true });
  });
});
