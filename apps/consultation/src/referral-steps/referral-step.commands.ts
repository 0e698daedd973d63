import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const isoDateTime = z.iso.datetime({ offset: true });
const future = (what: string) => isoDateTime.refine((v) => Date.parse(v) > Date.now(), `${what} must be in the future`);
/** A reason or note: it goes into the problem's history, so it stays short. */
const text = z.string().trim().min(1).max(2000);

/** 签收: the department signs for the referral, naming who handles it. */
export const signReferralSchema = z.object({ handlerName: z.string().trim().min(1).max(100) }).strict();
export class SignReferralDto extends createZodDto(signReferralSchema) {}

export const noteProgressSchema = z.object({ note: text }).strict();
export class NoteProgressDto extends createZodDto(noteProgressSchema) {}

export const requestExtensionSchema = z.object({ reason: text, newDueAt: future('the new date') }).strict();
export class RequestExtensionDto extends createZodDto(requestExtensionSchema) {}

export const decideExtensionSchema = z.object({ approved: z.boolean() }).strict();
export class DecideExtensionDto extends createZodDto(decideExtensionSchema) {}

/** 退回: not this department's responsibility. */
export const returnReferralSchema = z.object({ reason: text }).strict();
export class ReturnReferralDto extends createZodDto(returnReferralSchema) {}

/** The team lead on a returned referral: another department takes it, or the team consults again. */
export const decideReturnSchema = z
  .object({
    action: z.enum(['refer_elsewhere', 'take_back']),
    departmentId: z.string().trim().min(1).max(32).optional(),
    request: z.string().trim().min(1).max(4000).optional(),
    dueAt: future('the response deadline').optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    for (const field of ['departmentId', 'request', 'dueAt'] as const) {
      if (body.action === 'refer_elsewhere' && body[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'required to refer the problem elsewhere' });
      if (body.action === 'take_back' && body[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'only a referral elsewhere names one' });
    }
  });
export class DecideReturnDto extends createZodDto(decideReturnSchema) {}

/** 办结: the result, with evidence photos uploaded beforehand to the referral. */
export const completeReferralSchema = z
  .object({
    result: z.string().trim().min(1).max(8000),
    photoIds: z.array(z.uuid()).max(5).default([]),
  })
  .strict()
  .refine((body) => new Set(body.photoIds).size === body.photoIds.length, { path: ['photoIds'], message: 'each photo once' });
export class CompleteReferralDto extends createZodDto(completeReferralSchema) {}

export const decideCompletionSchema = z
  .object({ confirmed: z.boolean(), reason: text.optional() })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.confirmed && body.reason === undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say what is not done yet' });
  });
export class DecideCompletionDto extends createZodDto(decideCompletionSchema) {}

export type SignReferralCommand = z.output<typeof signReferralSchema>;
export type NoteProgressCommand = z.output<typeof noteProgressSchema>;
export type RequestExtensionCommand = z.output<typeof requestExtensionSchema>;
export type DecideExtensionCommand = z.output<typeof decideExtensionSchema>;
export type ReturnReferralCommand = z.output<typeof returnReferralSchema>;
export type DecideReturnCommand = z.output<typeof decideReturnSchema>;
export type CompleteReferralCommand = z.output<typeof completeReferralSchema>;
export type DecideCompletionCommand = z.output<typeof decideCompletionSchema>;

/** Idempotency-Key of a progress note (the console sends one per note it writes). */
export const idempotencyKeySchema = z.string().trim().min(1).max(150);
