import { caseWhere } from './case.repository';

describe('searching the case bank', () => {
  it('matches the text in the title, the write-up or the reference, ignoring case', () => {
    const contains = { contains: 'Lift', mode: 'insensitive' };
    expect(caseWhere({ q: 'Lift', councilCommunityIds: ['c-05'] }).OR).toEqual([{ title: contains }, { writeUp: contains }, { reference: contains }]);
  });

  it('combines the filters with the text search', () => {
    expect(caseWhere({ category: 'land_acquisition', communityId: 'c-05', councilCommunityIds: ['c-05', 'c-06'], typical: true, outcome: 'solved' })).toEqual({
      category: 'land_acquisition',
      communityId: 'c-05',
      typical: true,
      outcome: 'solved',
      OR: undefined,
    });
  });

  it('does not filter on typical unless asked, so false is a real filter', () => {
    expect(caseWhere({ councilCommunityIds: [] }).typical).toBeUndefined();
    expect(caseWhere({ typical: false, councilCommunityIds: [] }).typical).toBe(false);
  });

  it("keeps to the caller's council: all its communities, or none when asked for another council's", () => {
    expect(caseWhere({ councilCommunityIds: ['c-05', 'c-06'] }).communityId).toEqual({ in: ['c-05', 'c-06'] });
    expect(caseWhere({ communityId: 'cc-01', councilCommunityIds: ['c-05', 'c-06'] }).communityId).toEqual({ in: [] });
  });
});
