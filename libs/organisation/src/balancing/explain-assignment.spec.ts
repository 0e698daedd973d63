import { explainAssignment, formatDistance, ordinal } from './explain-assignment';

const communities = [
  { id: 'c1', name: '翠苑社区', lat: 0, lng: 0 },
  { id: 'c2', name: '锦绣社区', lat: 0, lng: 0 },
  { id: 'c3', lat: 0, lng: 0 },
  { id: 'c4', name: '朝晖社区', lat: 0, lng: 0 },
  { id: 'c5', name: '文新社区', lat: 0, lng: 0 },
];

describe('explainAssignment', () => {
  it('says "nearest community" for the nearest one, sharing rank 1 on a tie', () => {
    const explanation = explainAssignment({ metresRow: [500, 500, 900, 1200, 2000], assigned: 1, communities });
    expect(explanation).toEqual({ rank: 1, moved: false, reason: { en: 'nearest community', zh: '离住所最近的社区' } });
  });

  it('names the full nearest community and the extra distance for the 2nd nearest', () => {
    const explanation = explainAssignment({ metresRow: [500, 1300, 900, 1200, 2000], assigned: 2, communities });
    expect(explanation.rank).toBe(2);
    expect(explanation.reason).toEqual({
      en: 'nearest community (翠苑社区) was full; this is the 2nd nearest, +0.4 km',
      zh: '最近的社区（翠苑社区）名额已满；这是第2近的社区，远0.4公里',
    });
  });

  it('lists at most three nearer communities and falls back to the id when a name is missing', () => {
    const explanation = explainAssignment({ metresRow: [100, 200, 300, 400, 2000], assigned: 4, communities });
    expect(explanation.rank).toBe(5);
    expect(explanation.reason.en).toBe('nearer communities (翠苑社区, 锦绣社区, c3 and 1 more) were full; this is the 5th nearest, +1.9 km');
    expect(explanation.reason.zh).toBe('更近的社区（翠苑社区、锦绣社区、c3等4个）名额已满；这是第5近的社区，远1.9公里');
  });

  it('explains a member kept in a farther current community by the wish to avoid a move', () => {
    const explanation = explainAssignment({ metresRow: [500, 560, 900, 1200, 2000], assigned: 1, communities, previousCommunityId: 'c2' });
    expect(explanation.moved).toBe(false);
    expect(explanation.reason.en).toBe('kept in current community to avoid a move; nearest community (翠苑社区) is 60 m closer');
  });

  it('says where a moved member came from', () => {
    const explanation = explainAssignment({ metresRow: [500, 560, 900, 1200, 2000], assigned: 0, communities, previousCommunityId: 'c4' });
    expect(explanation.moved).toBe(true);
    expect(explanation.reason).toEqual({ en: 'nearest community; moved from 朝晖社区', zh: '离住所最近的社区；由朝晖社区调整而来' });
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [112, '112th'],
  ])('writes %i as %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe('formatDistance', () => {
  it('uses metres below 100 m and kilometres with one decimal above', () => {
    expect(formatDistance(40)).toEqual({ en: '40 m', zh: '40米' });
    expect(formatDistance(850)).toEqual({ en: '0.9 km', zh: '0.9公里' });
  });
});
