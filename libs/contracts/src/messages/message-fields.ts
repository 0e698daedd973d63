import { z } from 'zod';
import { PROBLEM_CATEGORIES, URGENCIES } from '../problem/category';
import { PROBLEM_STAGES } from '../problem/problem-stage';
import {
  CONSULTATION_FORMS,
  CONSULTATION_OUTCOMES,
  ESCALATION_RUNGS,
  SATISFACTION_LEVELS,
  SUPERVISION_CASE_KINDS,
  SUPERVISION_FINDINGS,
  CASE_RESULTS,
  FOLLOW_UP_RESULTS,
  UNSUITABLE_REASONS,
} from '../problem/outcome';

/** Field schemas shared by message payloads. No field may carry a resident's name or phone. */
export const id = z.string().min(1).max(64);
/** Command and event ids (workflow id + run id + activity id), stable across redeliveries. */
export const messageId = z.string().min(1).max(200);
export const isoDateTime = z.iso.datetime({ offset: true });
export const category = z.enum(PROBLEM_CATEGORIES);
export const urgency = z.enum(URGENCIES);
export const stage = z.enum(PROBLEM_STAGES);
export const outcome = z.enum(CONSULTATION_OUTCOMES);
export const consultationForm = z.enum(CONSULTATION_FORMS);
export const rung = z.enum(ESCALATION_RUNGS);
export const satisfaction = z.enum(SATISFACTION_LEVELS);
export const unsuitableReason = z.enum(UNSUITABLE_REASONS);
export const followUpResult = z.enum(FOLLOW_UP_RESULTS);
export const caseResult = z.enum(CASE_RESULTS);
export const supervisionFinding = z.enum(SUPERVISION_FINDINGS);
export const supervisionCaseKind = z.enum(SUPERVISION_CASE_KINDS);
/** Rounds of consultation and follow-up a reopened problem went through (0: the first). */
export const round = z.number().int().min(0).max(100);

/** A command from a workflow; `commandId` is stable across activity retries. */
export const command = z.object({ commandId: messageId, problemId: id });
/** An event from a service to a workflow; `eventId` lets the workflow ignore redeliveries. */
export const event = z.object({ eventId: messageId, problemId: id });
