import { caseSearchSql, containsPattern, probeWorthIt, RANKED_POOL, RECENT_PROBE, searchTerms } from './case.repository';

const sqlOf = (filter: Parameters<typeof caseSearchSql>[0]) => {
  const { where, rank } = caseSearchSql(filter);
  return { where: where.sql, values: where.values, rank: rank?.sql ?? null, rankValues: rank?.values ?? [] };
};

describe('searching the case bank', () => {
  it('splits a query into terms on spaces and Chinese or Latin punctuation, keeping a reference whole', () => {
    expect(searchTerms('楼道 漏水，物业')).toEqual(['楼道', '漏水', '物业']);
    expect(searchTerms('SL-2026-000123')).toEqual(['SL-2026-000123']);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms('一 二 三 四 五 六 七')).toHaveLength(5);
  });

  it('escapes the wildcards of ILIKE in a term', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });

  it('requires every term in title, write-up or outcome note, and ranks terms in the title first', () => {
    const { where, values, rank, rankValues } = sqlOf({ q: '漏水 楼道', councilCommunityIds: ['c-05'] });
    expect(where).toContain("ILIKE");
    expect(values).toEqual(expect.arrayContaining(['c-05', '%漏水%', '%楼道%']));
    expect(where).not.toContain('reference');
    expect(rank).toContain('public.similarity');
    expect(rankValues).toEqual(expect.arrayContaining(['%漏水%', '漏水 楼道']));
  });

  it('finds the candidates of every term of two or more characters through their stored character pairs', () => {
    const { where, values } = sqlOf({ q: '漏水 楼 SL-2026-000123', councilCommunityIds: ['c-05'] });
    expect(where.match(/search_bigrams OPERATOR\(pg_catalog\.@>\) supervision\.text_bigrams\(/g)).toHaveLength(2);
    expect(values).toEqual(expect.arrayContaining(['漏水', 'SL-2026-000123']));
    expect(values).not.toContain('楼');
  });

  it('looks a term up by its rarest pair when the statistics named it, and by all its pairs otherwise', () => {
    const { where } = caseSearchSql({ q: '健身器材 漏水', councilCommunityIds: ['c-05'] }, new Map([['健身器材', { pair: [1449682768] }]]));
    const values = where.values;
    expect(where.sql.match(/search_bigrams OPERATOR\(pg_catalog\.@>\) \?::integer\[\]/g)).toHaveLength(1);
    expect(where.sql.match(/supervision\.text_bigrams\(/g)).toHaveLength(1);
    expect(values).toEqual(expect.arrayContaining([[1449682768], '漏水', '%健身器材%']));
  });

  it('reads the newest cases first only for a text common enough to fill the pool among them', () => {
    const share = (entries: [string, number | null][]) => new Map(entries.map(([term, frequency]) => [term, { frequency }]));
    const enough = RANKED_POOL / RECENT_PROBE;
    expect(probeWorthIt(['居民表示满意'], share([['居民表示满意', 0.139]]))).toBe(true);
    expect(probeWorthIt(['健身器材'], share([['健身器材', 0.018]]))).toBe(false);
    expect(probeWorthIt(['漏水'], share([['漏水', enough]]))).toBe(true);
    // Two terms: both must occur, so the shares multiply.
    expect(probeWorthIt(['居民', '满意'], share([['居民', 0.5], ['满意', 0.06]]))).toBe(false);
    // Without statistics, or a term without a pair (楼): taken as common.
    expect(probeWorthIt(['漏水'], share([['漏水', null]]))).toBe(true);
    expect(probeWorthIt(['楼', '居民表示满意'], share([['居民表示满意', 0.139]]))).toBe(true);
  });

  it('matches a reference only for a term that could be one', () => {
    expect(sqlOf({ q: 'SL-2026-000123', councilCommunityIds: ['c-05'] }).where).toContain('reference ILIKE');
  });

  it('combines the filters, with false a real filter for typical and imported', () => {
    const from = new Date('2025-01-01T00:00:00+08:00');
    const { where, values } = sqlOf({ category: 'land_acquisition', outcome: 'solved', typical: false, imported: true, settledFrom: from, councilCommunityIds: ['c-05', 'c-06'] });
    expect(where).toMatch(/category = .* AND outcome = .* AND typical = .* AND imported = .* AND settled_at >= /s);
    expect(values).toEqual(['c-05', 'c-06', 'land_acquisition', 'solved', false, true, from]);
    expect(sqlOf({ councilCommunityIds: ['c-05'] }).rank).toBeNull();
  });

  it("keeps to the caller's council: all its communities, or none when asked for another council's", () => {
    expect(sqlOf({ communityId: 'c-06', councilCommunityIds: ['c-05', 'c-06'] }).values).toEqual(['c-06']);
    expect(sqlOf({ communityId: 'cc-01', councilCommunityIds: ['c-05', 'c-06'] }).where).toBe('false');
    expect(sqlOf({ councilCommunityIds: [] }).where).toBe('false');
  });
});
