import { deadlinePolicyFileSchema, resolveDeadlinePolicy } from './deadline-policy';

const file = deadlinePolicyFileSchema.parse({
  default: {
    screening: '2wd',
    claiming: '2d',
    consultation: '15wd',
    followUp: '5wd',
    referralReminderBefore: '1d',
    referralFormalSupervisionAfter: '3d',
    referralDemocraticSupervisionAfter: '5d',
  },
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

  it('refuses a malformed limit, and working days on the escalation ladder, naming the field', () => {
    const bad = deadlinePolicyFileSchema.safeParse({ default: { ...file.default, screening: 'soon', referralReminderBefore: '2wd' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['default.screening', 'default.referralReminderBefore']));
  });
});
