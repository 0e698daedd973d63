import { characterBigrams, proximity, textSimilarity } from './text-similarity';

describe('text similarity for duplicate detection', () => {
  it('scores the same complaint written twice as identical', () => {
    expect(textSimilarity('5号楼楼道灯坏了', '5号楼楼道灯坏了！')).toBe(1);
  });

  it('scores two wordings of one Chinese complaint well above unrelated ones', () => {
    const same = textSimilarity('小区5号楼前的路灯坏了三个星期', '5号楼前面路灯坏了好几个星期了');
    const unrelated = textSimilarity('小区5号楼前的路灯坏了三个星期', '垃圾站每天傍晚满溢气味很大');
    expect(same).toBeGreaterThan(0.4);
    expect(unrelated).toBeLessThan(0.15);
  });

  it('ignores punctuation, spaces and letter case', () => {
    expect(characterBigrams('Street Light, BROKEN')).toEqual(characterBigrams('streetlight broken'));
  });

  it('treats places within 50 m as the same spot and 500 m apart as unrelated', () => {
    expect(proximity(30)).toBe(1);
    expect(proximity(275)).toBeCloseTo(0.5);
    expect(proximity(800)).toBe(0);
  });
});
