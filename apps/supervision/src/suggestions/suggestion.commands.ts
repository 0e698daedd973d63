import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { calendarDateSchema } from '../calendar-date';

/** Where a suggestion goes (报送对象): a department from the directory, or a named body. */
export const SUBMISSION_TARGETS = ['department', 'district_government', 'party_committee', 'government'] as const;
/** Whether the body adopted it (采纳情况). */
export const ADOPTION_STATUSES = ['pending', 'adopted', 'partly_adopted', 'not_adopted'] as const;
export const SUGGESTION_STATUSES = ['draft', 'under_review', 'approved', 'submitted', 'withdrawn'] as const;
export type SubmissionTarget = (typeof SUBMISSION_TARGETS)[number];
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

const id32 = z.string().trim().min(1).max(32);
const sourceSchema = z.object({ kind: z.enum(['case', 'consultation']), id: z.uuid() }).strict();

/** A suggestion drafted from the cases or consultations it rests on (建言), by its proposing members. */
export const draftSuggestionSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    text: z.string().trim().min(1).max(50_000),
    sources: z.array(sourceSchema).min(1, 'name at least one case or consultation it rests on').max(50),
    /** Proposing members (提案委员); a member drafting is one of them whether named or not. */
    proposerIds: z.array(id32).max(50).default([]),
  })
  .strict();
export type DraftSuggestionCommand = z.output<typeof draftSuggestionSchema>;
export class DraftSuggestionDto extends createZodDto(draftSuggestionSchema) {}

/** A draft revised (after the committee sent it back, say). */
export const reviseSuggestionSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    text: z.string().trim().min(1).max(50_000).optional(),
    sources: z.array(sourceSchema).min(1, 'name at least one case or consultation it rests on').max(50).optional(),
    proposerIds: z.array(id32).max(50).optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'give at least one of title, text, sources, proposerIds', path: [] });
export type ReviseSuggestionCommand = z.output<typeof reviseSuggestionSchema>;
export class ReviseSuggestionDto extends createZodDto(reviseSuggestionSchema) {}

/** The committee's review (审核): approve for submission, or send back to draft with a note. */
export const reviewSuggestionSchema = z
  .object({ decision: z.enum(['approve', 'return']), note: z.string().trim().min(1).max(2000).optional() })
  .strict()
  .refine((r) => r.decision === 'approve' || r.note !== undefined, { message: 'say what to change when sending it back', path: ['note'] });
export type ReviewSuggestionCommand = z.output<typeof reviewSuggestionSchema>;
export class ReviewSuggestionDto extends createZodDto(reviewSuggestionSchema) {}

/** Submitted (报送) to a named body on a date; a department is named by its directory id. */
export const submitSuggestionSchema = z
  .object({
    toKind: z.enum(SUBMISSION_TARGETS),
    to: z.string().trim().min(1).max(200),
    submittedOn: calendarDateSchema,
  })
  .strict();
export type SubmitSuggestionCommand = z.output<typeof submitSuggestionSchema>;
export class SubmitSuggestionDto extends createZodDto(submitSuggestionSchema) {}

/** The body's answer (采纳情况); not adopted always carries the reason. */
export const recordAdoptionSchema = z
  .object({
    adoption: z.enum(ADOPTION_STATUSES),
    reason: z.string().trim().min(1).max(5000).optional(),
    adoptingBody: z.string().trim().min(1).max(200).optional(),
    decidedOn: calendarDateSchema.optional(),
    implementationNotes: z.string().trim().max(20_000).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.adoption === 'not_adopted' && !c.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'give the reason it was not adopted' });
    if ((c.adoption === 'adopted' || c.adoption === 'partly_adopted') && !c.adoptingBody) {
      ctx.addIssue({ code: 'custom', path: ['adoptingBody'], message: 'name the body that adopted it' });
    }
    if (c.adoption !== 'pending' && !c.decidedOn) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'give the date of the decision' });
  });
export type RecordAdoptionCommand = z.output<typeof recordAdoptionSchema>;
export class RecordAdoptionDto extends createZodDto(recordAdoptionSchema) {}

export const searchSuggestionsSchema = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    status: z.enum(SUGGESTION_STATUSES).optional(),
    adoption: z.enum(ADOPTION_STATUSES).optional(),
    /** Submitted within [from, to), China calendar days. */
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    imported: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
  .refine((s) => !s.from || !s.to || s.from < s.to, { message: 'must be after from', path: ['to'] });
export type SearchSuggestionsQuery = z.output<typeof searchSuggestionsSchema>;
export class SearchSuggestionsDto extends createZodDto(searchSuggestionsSchema) {}

/** Resending with the same Idempotency-Key drafts one suggestion. */
export const idempotencyKeySchema = z.string().trim().min(1).max(150);
