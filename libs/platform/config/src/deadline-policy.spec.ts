import { deadlinePolicyFileSchema, latestReferralDeadline, resolveDeadlinePolicy } from './deadline-policy';

const defaults = {
  screening: '2wd',
  claiming: '2d',
  consultation: '15wd',
  followUp: '5wd',
  referral: '10wd',
  referralReminderBefore: '1d',
  referralFormalSupervisionAfter: '3d',
  referralDemocraticSupervisionAfter: '5d',
};
const file = deadlinePolicyFileSchema.parse({
  default: defaults,
  categories: { utilities: { consultation: '1d' } },
  urgencies: { emergency: { screening: '1h', consultation: '2h' } },
});
const calendar = { utcOffsetMinutes: 480, holidays: ['2026-10-01'], workdays: ['2026-10-10'] };

describe('the deadline policy', () => {
  it('counts working days where the policy says "wd" and elapsed time elsewhere', () => {
    const policy = resolveDeadlinePolicy(file, 'environment', 'normal', calendar);
    expect(policy.workingDays).toEqual({ screening: 2, consultation: 15, followUp: 5 });
    expect(policy.calendar).toBe(calendar);
    expect(policy.claimingMs).toBe(2 * 86_400_000);
  });

  it('lets the category and then the urgency override the default', () => {
    expect(resolveDeadlinePolicy(file, 'utilities', 'normal', calendar)).toMatchObject({ consultationMs: 86_400_000, workingDays: { screening: 2, followUp: 5 } });
    const emergency = resolveDeadlinePolicy(file, 'utilities', 'emergency', calendar);
    expect(emergency).toMatchObject({ screeningMs: 3_600_000, consultationMs: 7_200_000, workingDays: { followUp: 5 } });
  });

  it('falls back to whole days without a calendar', () => {
    const policy = resolveDeadlinePolicy(file, 'environment', 'normal');
    expect(policy.workingDays).toBeUndefined();
    expect(policy.screeningMs).toBe(2 * 86_400_000);
  });

  it('counts the escalation ladder in working days where the policy says so', () => {
    const ladder = deadlinePolicyFileSchema.parse({ default: { ...defaults, referralReminderBefore: '1wd', referralFormalSupervisionAfter: '3wd' } });
    const policy = resolveDeadlinePolicy(ladder, 'environment', 'normal', calendar);
    expect(policy.referral).toMatchObject({ workingDays: { reminderBefore: 1, formalSupervisionAfter: 3 }, democraticSupervisionAfterMs: 5 * 86_400_000 });
  });

  it('gives a referral at most the policy deadline, in working days', () => {
    const friday = Date.parse('2026-11-27T15:00:00+08:00');
    expect(new Date(latestReferralDeadline(file, 'environment', 'normal', friday, calendar)).toISOString()).toBe('2026-12-11T07:00:00.000Z');
  });

  it('refuses a malformed limit, naming the field', () => {
    const bad = deadlinePolicyFileSchema.safeParse({ default: { ...defaults, screening: 'soon', referralReminderBefore: 'later' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['default.screening', 'default.referralReminderBefore']));
  });
});
