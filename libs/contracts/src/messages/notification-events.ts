import { z } from 'zod';
import * as f from './message-fields';

/**
 * What the notifications context is fed (queue `notifications`). Intake owns the problem bank
 * and its history, so it forwards every recorded step of a problem, plus what happens only on
 * its side (a question put to the resident), in the same transaction as the history row.
 *
 * Payloads carry ids only: residents appear as reporter ids of those who consented to texts,
 * and the notifications service asks intake for a number at the moment it sends.
 */
const problemContext = z.object({
  eventId: f.messageId,
  problemId: f.id,
  reference: z.string().min(1).max(32),
  communityId: f.id,
  category: f.category,
  occurredAt: f.isoDateTime,
  /** Reporters (first reporter, joiners, merged duplicates) who consented to be texted. */
  residentReporterIds: z.array(f.id).max(200),
});

export const NOTIFICATION_EVENTS = {
  /** A step the workflow recorded in the problem bank (the `problem.progressed` command). */
  'problem.progressed': problemContext.extend({
    stage: f.stage,
    kind: z.string().min(1).max(64),
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    /** The stage's deadline after this step, when it has one (the "办理期限" of a referral). */
    dueAt: f.isoDateTime.nullable().optional(),
  }),
  /** Staff asked the resident something; the stage's clock waits for the answer. */
  'resident.question-asked': problemContext,
  /**
   * The daily cadence check found a township/street (its convener) or a member group (its
   * leader) behind the cadence rule this calendar period.
   */
  'cadence.behind': z.object({
    eventId: f.messageId,
    subject: z.enum(['locality', 'group']),
    /** The locality's id, or the group's community id. */
    subjectId: f.id,
    /** The group's community (null for a locality: its convener is found by the locality). */
    communityId: f.id.nullable(),
    /** The locality's or community's name, for the message. */
    placeName: z.string().min(1).max(100),
    period: z.string().min(1).max(32),
    periodEndsAt: f.isoDateTime.optional(),
    status: z.enum(['due_soon', 'missed']),
    lastActivityAt: f.isoDateTime.nullable(),
    occurredAt: f.isoDateTime,
  }),
} as const;
