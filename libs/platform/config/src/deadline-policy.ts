import { readFileSync } from 'node:fs';
import ms, { type StringValue } from 'ms';
import { z } from 'zod';
import type { DeadlinePolicy, ProblemCategory, Urgency, WorkCalendar } from '@shangliang/contracts';

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
/** The escalation ladder's steps are elapsed time. */
const elapsed = duration.refine((limit) => 'ms' in limit, 'must be elapsed time ("1d"), not working days');

const stageLimits = z.object({
  screening: duration,
  claiming: duration,
  consultation: duration,
  followUp: duration,
  referralReminderBefore: elapsed,
  referralFormalSupervisionAfter: elapsed,
  referralDemocraticSupervisionAfter: elapsed,
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

export function resolveDeadlinePolicy(file: DeadlinePolicyFile, category: ProblemCategory, urgency: Urgency, calendar?: WorkCalendar): DeadlinePolicy {
  const limits: StageLimits = { ...file.default, ...file.categories[category], ...file.urgencies[urgency] };
  const stages = { screening: limits.screening, claiming: limits.claiming, consultation: limits.consultation, followUp: limits.followUp };
  const workingDays = Object.fromEntries(Object.entries(stages).flatMap(([stage, limit]) => ('workingDays' in limit ? [[stage, limit.workingDays]] : [])));
  return {
    screeningMs: asMs(limits.screening),
    claimingMs: asMs(limits.claiming),
    consultationMs: asMs(limits.consultation),
    followUpMs: asMs(limits.followUp),
    ...(Object.keys(workingDays).length && calendar ? { workingDays, calendar } : {}),
    referral: {
      reminderBeforeMs: asMs(limits.referralReminderBefore),
      formalSupervisionAfterMs: asMs(limits.referralFormalSupervisionAfter),
      democraticSupervisionAfterMs: asMs(limits.referralDemocraticSupervisionAfter),
    },
  };
}
