import type { SupervisionCaseRecord } from './supervision-case.repository';

/** An open democratic-supervision case of a referral, as the repository returns it (unit tests). */
export function supervisionCaseRecord(overrides: Partial<SupervisionCaseRecord> = {}): SupervisionCaseRecord {
  return {
    id: 's-1',
    problemId: 'p-1',
    referralId: 'r-1',
    reference: 'SL-2026-000314',
    category: 'land_acquisition',
    communityId: 'c-07',
    departmentId: 'd-land',
    status: 'open',
    openedAt: new Date('2026-12-20T00:00:00Z'),
    resolvedAt: null,
    resolvedBy: null,
    resolution: null,
    kind: 'democratic_supervision',
    round: null,
    level: 'supervision',
    raisedAt: null,
    finding: null,
    findingReasons: null,
    findingMeasures: null,
    decision: null,
    explanation: null,
    acts: true,
    ...overrides,
  };
}
