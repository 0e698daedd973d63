import type { ReferralForStep } from './referral-step.repository';

export const referralId = '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const problemId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

/** The columns of the department's steps, on a referral nobody has acted on yet. */
export const NO_STEPS_YET = { handlerName: null, signedAt: null, extensionDueAt: null, result: null, completedAt: null, previousReferralId: null, departmentSteps: true };

/** A referral of the housing department on an item led by member m-lead (for the unit specs). */
export function referralFixture(overrides: Partial<ReferralForStep> = {}): ReferralForStep {
  return {
    id: referralId,
    problemId,
    departmentId: 'd-housing',
    communityId: 'c-01',
    request: 'Repair the street light',
    dueAt: new Date('2026-12-10T10:00:00Z'),
    status: 'open',
    response: null,
    respondedBy: null,
    respondedAt: null,
    createdAt: new Date('2026-11-30T10:00:00Z'),
    ...NO_STEPS_YET,
    item: { problemId, communityId: 'c-01', leadMemberId: 'm-lead', category: 'public_facilities', urgency: 'normal', round: 0 },
    ...overrides,
  };
}
