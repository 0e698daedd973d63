import { teamSizeRange } from './team-size';

describe('team size by scope', () => {
  it('recommends 2–3 members for one household or building', () => {
    expect(teamSizeRange('household', 12)).toEqual({ min: 2, max: 3 });
  });

  it('recommends 4–5 members for a harder, cross-department item', () => {
    expect(teamSizeRange('hard', 12)).toEqual({ min: 4, max: 5 });
  });

  it('takes the whole group for a community-wide problem', () => {
    expect(teamSizeRange('community', 13)).toEqual({ min: 13, max: 13 });
  });
});
