import { caseWhere } from './case.repository';

describe('searching the case bank', () => {
  it('matches the text in the title, the write-up or the reference, ignoring case', () => {
    const contains = { contains: 'Lift', mode: 'insensitive' };
    expect(caseWhere({ q: 'Lift' }).OR).toEqual([{ title: contains }, { writeUp: contains }, { reference: contains }]);
  });

  it('combines the filters with the text search', () => {
    expect(caseWhere({ category: 'land_acquisition', communityId: 'c-05', typical: true, outcome: 'solved' })).toEqual({
      category: 'land_acquisition',
      communityId: 'c-05',
      typical: true,
      outcome: 'solved',
      OR: undefined,
    });
  });

  it('does not filter on typical unless asked, so false is a real filter', () => {
    expect(caseWhere({}).typical).toBeUndefined();
    expect(caseWhere({ typical: false }).typical).toBe(false);
  });
});
