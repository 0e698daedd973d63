import { ReferralDeadlinePolicy } from './referral-deadline.policy';

// The repository's own policy and calendar: a referral gets at most 10 working days.
const policy = new ReferralDeadlinePolicy({ deadlines: { policyFile: 'infra/config/deadlines.json', calendarFile: 'infra/config/work-calendar.json' } });
const item = { category: 'environment', urgency: 'normal' };

describe("a referral's longest deadline", () => {
  it('is the policy’s working days on the calendar, weekends not counted', () => {
    const friday = Date.parse('2026-11-27T15:00:00+08:00');
    expect(policy.latest(item, friday).toISOString()).toBe('2026-12-11T07:00:00.000Z');
  });

  it('uses the default urgency for items opened before urgency was passed on', () => {
    const friday = Date.parse('2026-11-27T15:00:00+08:00');
    expect(policy.latest({ category: 'environment', urgency: null }, friday)).toEqual(policy.latest(item, friday));
  });

  it('accepts a shorter deadline and refuses a longer one with a 400 naming the field', () => {
    const soon = new Date(Date.now() + 86_400_000);
    expect(() => policy.check('referral.dueAt', soon, item)).not.toThrow();
    const late = new Date(Date.now() + 60 * 86_400_000);
    expect(() => policy.check('referral.dueAt', late, item)).toThrow(expect.objectContaining({ status: 400, fields: [expect.objectContaining({ field: 'referral.dueAt' })] }));
  });
});
