import { z } from 'zod';
import { figurePeriodFrom, monthsOf, parsePeriodLabel, quarterOf } from './figure-period';

const parse = (q: Record<string, string>) => z.object({ period: z.string().optional(), from: z.string().optional(), to: z.string().optional() }).transform((v, ctx) => figurePeriodFrom(v, ctx, new Date('2026-08-15T00:00:00Z'))).safeParse(q);

describe('figure periods (Beijing time)', () => {
  it('reads a quarter, a month and a year as Beijing-time ranges', () => {
    expect(parsePeriodLabel('2026-Q3')).toEqual({ label: '2026-Q3', kind: 'quarter', from: new Date('2026-06-30T16:00:00Z'), to: new Date('2026-09-30T16:00:00Z') });
    expect(parsePeriodLabel('2026-12')).toMatchObject({ from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
    expect(parsePeriodLabel('2025')).toMatchObject({ from: new Date('2024-12-31T16:00:00Z'), to: new Date('2025-12-31T16:00:00Z') });
  });

  it('takes the quarter an instant falls in, in Beijing', () => {
    // 23:00 on 30 September UTC is already 1 October in Beijing.
    expect(quarterOf(new Date('2026-09-30T23:00:00Z')).label).toBe('2026-Q4');
  });

  it('defaults to the current quarter and accepts a range of days, both included', () => {
    expect(parse({})).toMatchObject({ success: true, data: { label: '2026-Q3' } });
    expect(parse({ from: '2026-01-01', to: '2026-01-31' })).toMatchObject({ success: true, data: { from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-01-31T16:00:00Z') } });
  });

  it.each([
    [{ period: '2026-Q5' }, 'period'],
    [{ period: '2026-13' }, 'period'],
    [{ period: '2026-Q1', from: '2026-01-01' }, 'period'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
    [{ from: '2026-03-01' }, 'to'],
    [{ from: '2026-03-01', to: '2026-02-01' }, 'to'],
    [{ from: '2020-01-01', to: '2026-02-01' }, 'to'],
  ])('refuses %j naming %s', (query, field) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });

  it('splits a period into its months, cut to the period', () => {
    const months = monthsOf({ label: 'r', kind: 'range', from: new Date('2026-01-14T16:00:00Z'), to: new Date('2026-03-10T16:00:00Z') });
    expect(months.map((m) => [m.label, m.from.toISOString(), m.to.toISOString()])).toEqual([
      ['2026-01', '2026-01-14T16:00:00.000Z', '2026-01-31T16:00:00.000Z'],
      ['2026-02', '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
      ['2026-03', '2026-02-28T16:00:00.000Z', '2026-03-10T16:00:00.000Z'],
    ]);
  });
});
