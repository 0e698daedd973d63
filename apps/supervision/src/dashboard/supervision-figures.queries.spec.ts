import { staffOf } from '@shangliang/testing';
import type { OrganisationDirectory } from '@shangliang/organisation';
import type { CaseRepository } from '../cases/case.repository';
import type { FollowUpRepository } from '../follow-ups/follow-up.repository';
import type { SupervisionCaseRepository } from '../supervision-cases/supervision-case.repository';
import { SupervisionFiguresQueries } from './supervision-figures.queries';

function setUp(satisfaction = [
  { key: 'satisfied', count: 30 },
  { key: 'basically_satisfied', count: 6 },
  { key: 'dissatisfied', count: 4 },
]) {
  const cases = {
    countByOutcome: jest.fn().mockResolvedValue([{ key: 'solved', count: 25 }, { key: 'referred', count: 15 }]),
    countByCategory: jest.fn().mockResolvedValue([{ key: 'land_acquisition', count: 21 }, { key: 'traffic', count: 19 }]),
    countTypical: jest.fn().mockResolvedValue(3),
  };
  const supervisionCases = { countByStatus: jest.fn().mockResolvedValue([{ key: 'open', count: 2 }, { key: 'resolved', count: 5 }]) };
  const followUps = {
    countByStatus: jest.fn().mockResolvedValue([{ key: 'pending', count: 7 }, { key: 'recorded', count: satisfaction.reduce((n, s) => n + s.count, 0) }]),
    countRecordedBySatisfaction: jest.fn().mockResolvedValue(satisfaction),
  };
  return new SupervisionFiguresQueries(
    cases as unknown as CaseRepository,
    supervisionCases as unknown as SupervisionCaseRepository,
    followUps as unknown as FollowUpRepository,
    { communityIdsOfCouncil: jest.fn().mockResolvedValue(['c-01']) } as unknown as OrganisationDirectory,
  );
}

describe('the supervision figures on the dashboard', () => {
  it('counts archived cases by outcome and category, with zero for those not seen yet', async () => {
    const { cases } = await setUp().figures(staffOf('admin'));
    expect(cases.archived).toBe(40);
    expect(cases.typical).toBe(3);
    expect(cases.byOutcome).toEqual({ solved: 25, explained: 0, referred: 15 });
    expect(cases.byCategory).toMatchObject({ land_acquisition: 21, traffic: 19, environment: 0 });
  });

  it('counts democratic-supervision cases open and resolved', async () => {
    expect((await setUp().figures(staffOf('admin'))).supervisionCases).toEqual({ open: 2, resolved: 5 });
  });

  it('computes the satisfaction rate as satisfied plus basically satisfied over call-backs recorded', async () => {
    const { followUps } = await setUp().figures(staffOf('admin'));
    expect(followUps).toEqual({
      pending: 7,
      recorded: 40,
      bySatisfaction: { satisfied: 30, basically_satisfied: 6, dissatisfied: 4 },
      satisfactionRate: 0.9,
    });
  });

  it('gives no satisfaction rate before any call-back is recorded', async () => {
    expect((await setUp([]).figures(staffOf('admin'))).followUps.satisfactionRate).toBeNull();
  });
});
