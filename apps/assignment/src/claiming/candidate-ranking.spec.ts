import { rankCandidates } from './candidate-ranking';

const member = (memberId: string, expertise: string[], load = 0, available = true, pastCases = 0) => ({ memberId, name: memberId, expertise, available, load, pastCases });

describe('ranking candidates for an item', () => {
  it('puts the member whose expertise fits the category first', () => {
    const ranked = rankCandidates('neighbourhood_dispute', [member('a', ['transport']), member('b', ['law'])]);
    expect(ranked.map((c) => c.memberId)).toEqual(['b', 'a']);
    expect(ranked[0].reasons[0]).toContain('law');
  });

  it('prefers the less loaded of two equally fitting members', () => {
    const ranked = rankCandidates('traffic', [member('busy', ['transport'], 3), member('free', ['transport'], 0)]);
    expect(ranked.map((c) => c.memberId)).toEqual(['free', 'busy']);
  });

  it('prefers the member who has settled cases of the same category', () => {
    const ranked = rankCandidates('traffic', [member('new', ['transport']), member('seasoned', ['transport'], 0, true, 2)]);
    expect(ranked.map((c) => c.memberId)).toEqual(['seasoned', 'new']);
    expect(ranked[0].reasons.join(' ')).toContain('2 past case(s) in traffic');
  });

  it('puts unavailable members last whatever their expertise', () => {
    const ranked = rankCandidates('elderly_care', [member('away', ['elderly_care', 'health'], 0, false), member('here', [])]);
    expect(ranked.map((c) => c.memberId)).toEqual(['here', 'away']);
  });
});
