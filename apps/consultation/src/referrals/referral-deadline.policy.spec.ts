import { councilCalendar, type WorkCalendarSource } from '@shangliang/organisation';
import { ReferralDeadlinePolicy } from './referral-deadline.policy';

// The repository's own policy on the national calendar: a referral gets at most 10 working days.
const calendars = { forCommunity: async () => councilCalendar('2026-01-01', '2027-12-31', []) } as unknown as WorkCalendarSource;
const policy = new ReferralDeadlinePolicy({ deadlines: { policyFile: 'infra/config/deadlines.json' } }, calendars);
const item = { category: 'environment', urgency: 'normal', communityId: 'com-01' };

describe("a referral's longest deadline", () => {
  it('is the policy’s working days on the calendar, weekends not counted', async () => {
    const friday = Date.parse('2026-11-27T15:00:00+08:00');
    expect((await policy.latest(item, friday)).toISOString()).toBe('2026-12-11T07:00:00.000Z');
  });

  it('uses the default urgency for items opened before urgency was passed on', async () => {
    const friday = Date.parse('2026-11-27T15:00:00+08:00');
    expect(await policy.latest({ category: 'environment', urgency: null, communityId: 'com-01' }, friday)).toEqual(await policy.latest(item, friday));
  });

  it('accepts a shorter deadline and refuses a longer one with a 400 naming the field', async () => {
    const soon = new Date(Date.now() + 86_400_000);
    await expect(policy.check('referral.dueAt', soon, item)).resolves.toBeUndefined();
    const late = new Date(Date.now() + 60 * 86_400_000);
    await expect(policy.check('referral.dueAt', late, item)).rejects.toEqual(expect.objectContaining({ status: 400, fields: [expect.objectContaining({ field: 'referral.dueAt' })] }));
  });
});
