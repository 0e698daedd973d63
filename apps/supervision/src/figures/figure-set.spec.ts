import { parsePeriodLabel } from '@shangliang/contracts';
import { figureSet, leagueTable, type OwnParts } from './figure-set';
import { figuresCsv, figureRows } from './figure-rows';

const Q1 = parsePeriodLabel('2026-Q1')!;
const consultation = {
  referrals: { opened: 5, due: 4, answeredOnTime: 3 },
  consultationsByForm: { micro: 2, thematic: 1, point_to_point: 1 },
  departments: [],
};
const intake = { problemsBySource: { web: 3, hotline: 2, open311: 0, studio: 1, member_visit: 0 }, landAcquisitionRaised: 1 };
const own: OwnParts = {
  byOutcome: [
    { key: 'solved', count: 6 },
    { key: 'explained', count: 2 },
    { key: 'referred', count: 2 },
  ],
  bySatisfaction: [
    { key: 'satisfied', count: 4 },
    { key: 'basically_satisfied', count: 2 },
    { key: 'dissatisfied', count: 2 },
    { key: 'not_reached', count: 1 },
    { key: 'none', count: 1 },
  ],
  landAcquisitionSettled: 1,
  openEscalations: 2,
  escalationsOpened: 3,
  adoption: { submitted: 6, decided: 5, adopted: 3, partlyAdopted: 1, notAdopted: 1, pending: 1 },
};

describe('the figures of one period', () => {
  const set = figureSet(Q1, own, consultation, intake, false);

  it('divides each rate by what its definition says', () => {
    expect(set.rates.responseRate).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(set.rates.resolutionRate).toEqual({ numerator: 6, denominator: 10, value: 0.6 });
    expect(set.rates.adoptionRate).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
  });

  it('leaves residents not reached and not called back out of the satisfaction rate', () => {
    expect(set.rates.satisfactionRate).toEqual({ numerator: 6, denominator: 8, value: 0.75 });
    expect(set.satisfaction).toMatchObject({ notReached: 1, notRecorded: 1 });
  });

  it('counts problems by channel and consultations by form, point-to-point on its own', () => {
    expect(set.counts.problemsByChannel?.total).toBe(6);
    expect(set.counts.consultationsByForm?.total).toBe(4);
    expect(set.counts.pointToPointConsultations).toBe(1);
  });

  it('has no rate where there is nothing to divide by, and no area counts for a department', () => {
    const empty = figureSet(Q1, { ...own, byOutcome: [], bySatisfaction: [], adoption: null }, { ...consultation, referrals: { opened: 0, due: 0, answeredOnTime: 0 } }, null, true);
    expect(empty.rates.responseRate.value).toBeNull();
    expect(empty.rates.resolutionRate.value).toBeNull();
    expect(empty.rates.adoptionRate).toBeNull();
    expect(empty.counts.problemsByChannel).toBeNull();
    expect(empty.counts.consultationsByForm).toBeNull();
  });

  it('writes the CSV with every figure, its numerator and denominator, formulas defused', () => {
    const csv = figuresCsv([{ set, area: { key: 'community:com-01', name: '=HYPERLINK("x")' } }]);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + figureRows(set).length);
    expect(lines.find((l) => l.includes(',responseRate,'))).toMatch(/,0\.75,3,4$/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('the department league table', () => {
  it('ranks by response rate, then the shorter median, and puts departments with nothing due last', () => {
    const rows = leagueTable(
      [
        { departmentId: 'a', due: 4, answered: 4, answeredOnTime: 2, medianResponseHours: 10 },
        { departmentId: 'b', due: 2, answered: 2, answeredOnTime: 2, medianResponseHours: 30 },
        { departmentId: 'c', due: 2, answered: 2, answeredOnTime: 1, medianResponseHours: 5 },
        { departmentId: 'd', due: 0, answered: 0, answeredOnTime: 0, medianResponseHours: null },
      ],
      new Map([['a', '住建局']]),
    );
    expect(rows.map((r) => [r.rank, r.departmentId, r.responseRate])).toEqual([
      [1, 'b', 1],
      [2, 'c', 0.5],
      [3, 'a', 0.5],
      [4, 'd', null],
    ]);
    expect(rows[2].name).toBe('住建局');
  });
});
