import { periodChoices, trendRangeOf } from './figure-periods';

describe('the figures panel’s periods', () => {
  it('offers quarters, months and years counted in Beijing time', () => {
    // 23:30 on 31 December UTC is already 1 January in Beijing.
    const choices = periodChoices(new Date('2026-12-31T16:30:00Z'));
    expect(choices[0]).toEqual({ label: '2027-Q1', kind: 'quarter' });
    expect(choices[1].label).toBe('2026-Q4');
    expect(choices.find((c) => c.kind === 'month')?.label).toBe('2027-01');
    expect(choices.filter((c) => c.kind === 'year').map((c) => c.label)).toEqual(['2027', '2026', '2025']);
  });

  it('draws the trend over the twelve months ending with the period', () => {
    expect(trendRangeOf('2026-Q3')).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(trendRangeOf('2026-02')).toEqual({ from: '2025-03-01', to: '2026-02-28' });
    expect(trendRangeOf('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(trendRangeOf('nonsense')).toBeNull();
  });
});
