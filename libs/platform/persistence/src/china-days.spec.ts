import { chinaDayOf, splitIntoChinaDays } from './china-days';

const bj = (text: string) => new Date(`${text}+08:00`);

describe('splitting a range into whole China days', () => {
  it('reads a period of whole days from the rollup alone', () => {
    expect(splitIntoChinaDays({ from: bj('2026-07-01T00:00:00'), to: bj('2026-10-01T00:00:00') })).toEqual({ days: { from: '2026-07-01', to: '2026-10-01' }, edges: [] });
  });

  it('counts the parts of days at both ends from the rows', () => {
    const from = bj('2026-07-01T09:30:00');
    const to = bj('2026-07-04T15:00:00');
    expect(splitIntoChinaDays({ from, to })).toEqual({
      days: { from: '2026-07-02', to: '2026-07-04' },
      edges: [
        { from, to: bj('2026-07-02T00:00:00') },
        { from: bj('2026-07-04T00:00:00'), to },
      ],
    });
  });

  it('counts a range within one day from the rows', () => {
    const range = { from: bj('2026-07-01T09:30:00'), to: bj('2026-07-01T18:00:00') };
    expect(splitIntoChinaDays(range)).toEqual({ days: null, edges: [range] });
    expect(splitIntoChinaDays({ from: range.to, to: range.from })).toEqual({ days: null, edges: [] });
  });

  it('names the China day of an instant, not the UTC one', () => {
    expect(chinaDayOf(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01');
    expect(chinaDayOf(new Date('2026-06-30T15:59:59.999Z'))).toBe('2026-06-30');
  });
});
