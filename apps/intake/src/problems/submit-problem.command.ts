import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PROBLEM_CATEGORIES, URGENCIES } from '@shangliang/contracts';

/** What a resident (or a channel on their behalf) submits. Validated at the HTTP edge. */
export const submitProblemSchema = z
  .object({
    title: z.string().trim().min(2).max(200),
    description: z.string().trim().min(5).max(4000),
    category: z.enum(PROBLEM_CATEGORIES),
    urgency: z.enum(URGENCIES).default('normal'),
    communityId: z.string().trim().min(1).max(32),
    address: z.string().trim().max(300).optional(),
    location: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict().optional(),
    contact: z
      .object({
        name: z.string().trim().min(1).max(50).optional(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[\d\s-]{7,20}$/, 'must be a phone number (digits, spaces, dashes)')
          .optional(),
        consentToCallback: z.boolean().default(false),
        /** Texts about progress (received, screened, outcome, questions, follow-up, archived). */
        consentToTexts: z.boolean().default(false),
        locale: z.enum(['zh', 'en']).default('zh'),
      })
      .strict()
      .optional(),
  })
  .strict();

export type SubmitProblemCommand = z.output<typeof submitProblemSchema>;
export class SubmitProblemDto extends createZodDto(submitProblemSchema) {}

export const idempotencyKeySchema = z.string().trim().min(1).max(200);
