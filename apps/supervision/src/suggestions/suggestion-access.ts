import { createHash } from 'node:crypto';
import type { StaffPrincipal } from '@shangliang/auth';
import type { z } from 'zod';
import { DomainError, forbidden, notFound, wrongStage } from '@shangliang/http';
import type { SuggestionRecord } from './suggestion.repository';

/** Another council's suggestion is not found (its existence is not disclosed). */
export function inCouncil(found: SuggestionRecord | null, staff: StaffPrincipal): SuggestionRecord {
  if (!found || found.councilId !== staff.councilId) throw notFound('suggestion');
  return found;
}

/**
 * A draft is the proposers' own: they (and whoever drafted it) revise it and send it for review;
 * the committee and admins may too, as they help members word a suggestion.
 */
export function assertMayEditDraft(s: SuggestionRecord, staff: StaffPrincipal): void {
  const proposer = staff.memberId !== null && s.proposers.some((p) => p.memberId === staff.memberId);
  if (!proposer && s.createdBy !== staff.staffId && staff.role !== 'committee' && staff.role !== 'admin') {
    throw forbidden('only its proposers, the committee or an admin change a draft suggestion');
  }
}

export function assertStatus(s: SuggestionRecord, allowed: string[], doing: string): void {
  if (!allowed.includes(s.status)) throw wrongStage(`cannot ${doing} a suggestion that is ${s.status}`);
}

/**
 * The suggestion id a drafting request with an Idempotency-Key stands for: the same caller's
 * same key is the same suggestion, so a double click or a retried request drafts it once.
 */
export function suggestionIdFor(staffId: string, key: string): string {
  const hex = createHash('sha256').update(`suggestion|${staffId}|${key}`).digest('hex');
  // Shaped as a version-4-like UUID so the column's type accepts it.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A command parsed at the use case's own boundary (the controller's pipe has parsed it already;
 * a CLI or a test may not have): a bad one is a 400 naming its fields, never a 500.
 */
export function parseCommand<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message }));
  throw new DomainError(400, 'validation_failed', `${fields[0].field}: ${fields[0].message}`, fields);
}
