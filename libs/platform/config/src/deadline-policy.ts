import { readFileSync } from 'node:fs';
import ms, { type StringValue } from 'ms';
import { z } from 'zod';
import { addWorkingDays, type DeadlinePolicy, type ProblemCategory, type Urgency, type WorkCalendar } from '@shangliang/contracts';

const DAY_MS = 24 * 3600 * 1000;

/** `"90s"`, `"2h"`, `"7d"` (elapsed time) or `"5wd"` (working days on the council's calendar). */
type Limit = { ms: number } | { workingDays: number };

const duration = z.string().transform((v, ctx): Limit => {
  const workingDays = /^(\d+)\s*wd$/.exec(v.trim());
  if (workingDays && Number(workingDays[1]) > 0) return { workingDays: Number(workingDays[1]) };
  const elapsed = ms(v as StringValue);
  if (typeof elapsed === 'number' && elapsed > 0) return { ms: elapsed };
  ctx.addIssue({ code: 'custom', message: 'must be a duration like "90s", "2h", "7d", or working days like "5wd"' });
  return z.NEVER;
});
const stageLimits = z.object({
  screening: duration,
  claiming: duration,
  consultation: duration,
  followUp: duration,
  /** The longest a department may be given to act on a referral; the team lead may give less. */
  referral: duration,
  referralReminderBefore: duration,
  referralFormalSupervisionAfter: duration,
  referralDemocraticSupervisionAfter: duration,
});
type StageLimits = z.infer<typeof stageLimits>;

/**
 * Time limits by category and urgency (DOMAIN.md: emergency 2 h; utilities 24 h; general 7
 * days; complex 15 days; or 2 / 10 / 15 working days). `default` applies first, then the
 * category's overrides, then the urgency's — the most specific wins.
 */
export const deadlinePolicyFileSchema = z.object({
  default: stageLimits,
  categories: z.record(z.string(), stageLimits.partial()).default({}),
  urgencies: z.record(z.string(), stageLimits.partial()).default({}),
});
export type DeadlinePolicyFile = z.infer<typeof deadlinePolicyFileSchema>;

/** Where a service reads the deadline policy (the working-day calendar comes from libs/organisation). */
export const deadlinePolicyEnv = z.object({
  /** Time limits per category and urgency (JSON; see infra/config/deadlines.json). */
  DEADLINE_POLICY_FILE: z.string().min(1).default('infra/config/deadlines.json'),
});

function readJson<S extends z.ZodType>(path: string, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid ${what} ${path}: ${issues}`);
  }
  return parsed.data;
}

export function loadDeadlinePolicyFile(path: string): DeadlinePolicyFile {
  return readJson(path, deadlinePolicyFileSchema, 'deadline policy');
}

const asMs = (limit: Limit) => ('ms' in limit ? limit.ms : limit.workingDays * DAY_MS);
const limitsOf = (file: DeadlinePolicyFile, category: ProblemCategory, urgency: Urgency): StageLimits => ({
  ...file.default,
  ...file.categories[category],
  ...file.urgencies[urgency],
});
/** The entries of `limits` given in working days, as day counts. */
const workingDaysOf = <K extends string>(limits: Record<K, Limit>) =>
  Object.fromEntries(Object.entries<Limit>(limits).flatMap(([key, limit]) => ('workingDays' in limit ? [[key, limit.workingDays]] : []))) as Partial<Record<K, number>>;

export function resolveDeadlinePolicy(file: DeadlinePolicyFile, category: ProblemCategory, urgency: Urgency, calendar?: WorkCalendar): DeadlinePolicy {
  const limits = limitsOf(file, category, urgency);
  const workingDays = workingDaysOf({ screening: limits.screening, claiming: limits.claiming, consultation: limits.consultation, followUp: limits.followUp });
  const ladderWorkingDays = workingDaysOf({
    reminderBefore: limits.referralReminderBefore,
    formalSupervisionAfter: limits.referralFormalSupervisionAfter,
    democraticSupervisionAfter: limits.referralDemocraticSupervisionAfter,
  });
  const anyWorkingDays = Object.keys(workingDays).length + Object.keys(ladderWorkingDays).length > 0;
  return {
    screeningMs: asMs(limits.screening),
    claimingMs: asMs(limits.claiming),
    consultationMs: asMs(limits.consultation),
    followUpMs: asMs(limits.followUp),
    ...(Object.keys(workingDays).length && calendar ? { workingDays } : {}),
    ...(anyWorkingDays && calendar ? { calendar } : {}),
    referral: {
      reminderBeforeMs: asMs(limits.referralReminderBefore),
      formalSupervisionAfterMs: asMs(limits.referralFormalSupervisionAfter),
      democraticSupervisionAfterMs: asMs(limits.referralDemocraticSupervisionAfter),
      ...(Object.keys(ladderWorkingDays).length && calendar ? { workingDays: ladderWorkingDays } : {}),
    },
  };
}

/**
 * The latest deadline the policy allows for a referral of a problem made at `fromMs`: the team
 * lead may set an earlier one, never a later one. Working days count on `calendar`.
 */
export function latestReferralDeadline(file: DeadlinePolicyFile, category: ProblemCategory, urgency: Urgency, fromMs: number, calendar: WorkCalendar): number {
  const limit = limitsOf(file, category, urgency).referral;
  return 'ms' in limit ? fromMs + limit.ms : addWorkingDays(fromMs, limit.workingDays, calendar);
}
