import { parseQuietHours, sendableAt } from './quiet-hours';

const quiet = parseQuietHours('22-8');
const beijing = (iso: string) => new Date(`${iso}+08:00`);

describe('quiet hours for residents’ texts', () => {
  it('sends at once during the day', () => {
    expect(sendableAt(beijing('2026-11-30T14:05:00'), quiet)).toEqual(beijing('2026-11-30T14:05:00'));
    expect(sendableAt(beijing('2026-11-30T08:00:00'), quiet)).toEqual(beijing('2026-11-30T08:00:00'));
    expect(sendableAt(beijing('2026-11-30T21:59:59'), quiet)).toEqual(beijing('2026-11-30T21:59:59'));
  });

  it('holds a text due late in the evening until 08:00 the next morning', () => {
    expect(sendableAt(beijing('2026-11-30T22:00:00'), quiet)).toEqual(beijing('2026-12-01T08:00:00'));
    expect(sendableAt(beijing('2026-12-31T23:30:00'), quiet)).toEqual(beijing('2027-01-01T08:00:00'));
  });

  it('holds a text due after midnight until 08:00 the same morning', () => {
    expect(sendableAt(beijing('2026-12-01T03:10:00'), quiet)).toEqual(beijing('2026-12-01T08:00:00'));
    expect(sendableAt(beijing('2026-12-01T07:59:59'), quiet)).toEqual(beijing('2026-12-01T08:00:00'));
  });

  it('counts Beijing time whatever the UTC date is', () => {
    // 15:00 UTC is 23:00 in Beijing; 00:00 UTC on the next day is 08:00 there.
    expect(sendableAt(new Date('2026-11-30T15:00:00Z'), quiet)).toEqual(new Date('2026-12-01T00:00:00Z'));
  });

  it('takes other hours, hours within one day, and none', () => {
    expect(sendableAt(beijing('2026-11-30T12:30:00'), parseQuietHours('12-14'))).toEqual(beijing('2026-11-30T14:00:00'));
    expect(sendableAt(beijing('2026-11-30T23:00:00'), parseQuietHours('21-7'))).toEqual(beijing('2026-12-01T07:00:00'));
    expect(sendableAt(beijing('2026-11-30T23:00:00'), parseQuietHours('0-0'))).toEqual(beijing('2026-11-30T23:00:00'));
    expect(() => parseQuietHours('22-25')).toThrow(/0-23/);
  });
});
