import { readFileSync } from 'node:fs';
import ms, { type StringValue } from 'ms';
import { z } from 'zod';
import type { DeadlinePolicy, ProblemCategory, Urgency } from '@shangliang/contracts';

const duration = z
  .string()
  .refine((v) => typeof ms(v as StringValue) === 'number' && ms(v as StringValue) > 0, 'must be a duration like "90s", "2h" or "7d"')
  .transform((v) => ms(v as StringValue));

const stageLimits = z.object({
  screening: duration,
  claiming: duration,
  consultation: duration,
  followUp: duration,
  referralReminderBefore: duration,
  referralFormalSupervisionAfter: duration,
  referralDemocraticSupervisionAfter: duration,
});
type StageLimits = z.infer<typeof stageLimits>;

/**
 * Time limits by category and urgency (DOMAIN.md: emergency 2 h; utilities 24 h; general 7
 * days; complex 15 days). `default` applies first, then the category's overrides, then the
 * urgency's — the most specific wins.
 */
export const deadlinePolicyFileSchema = z.object({
  default: stageLimits,
  categories: z.record(z.string(), stageLimits.partial()).default({}),
  urgencies: z.record(z.string(), stageLimits.partial()).default({}),
});
export type DeadlinePolicyFile = z.infer<typeof deadlinePolicyFileSchema>;

export function loadDeadlinePolicyFile(path: string): DeadlinePolicyFile {
  const parsed = deadlinePolicyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid deadline policy ${path}: ${issues}`);
  }
  return parsed.data;
}

export function resolveDeadlinePolicy(file: DeadlinePolicyFile, category: ProblemCategory, urgency: Urgency): DeadlinePolicy {
  const limits: StageLimits = { ...file.default, ...file.categories[category], ...file.urgencies[urgency] };
  return {
    screeningMs: limits.screening,
    claimingMs: limits.claiming,
    consultationMs: limits.consultation,
    followUpMs: limits.followUp,
    referral: {
      reminderBeforeMs: limits.referralReminderBefore,
      formalSupervisionAfterMs: limits.referralFormalSupervisionAfter,
      democraticSupervisionAfterMs: limits.referralDemocraticSupervisionAfter,
    },
  };
}
