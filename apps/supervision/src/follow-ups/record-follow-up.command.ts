import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SATISFACTION_LEVELS } from '@shangliang/contracts';

/** What the resident said when called back (回访). The note must not quote their name or number. */
export const recordFollowUpSchema = z
  .object({
    satisfaction: z.enum(SATISFACTION_LEVELS),
    note: z.string().trim().min(1).max(4000).optional(),
    /** Why the resident is dissatisfied (required then): the team reads it when it consults again. */
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.satisfaction === 'dissatisfied' && !body.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: "a dissatisfied resident's reason is recorded: say why" });
    }
  });

/** A call-back that reached nobody (no answer, wrong time). */
export const callBackAttemptSchema = z.object({ note: z.string().trim().min(1).max(1000).optional() }).strict();
export type CallBackAttemptCommand = z.output<typeof callBackAttemptSchema>;
export class CallBackAttemptDto extends createZodDto(callBackAttemptSchema) {}

export type RecordFollowUpCommand = z.output<typeof recordFollowUpSchema>;
export class RecordFollowUpDto extends createZodDto(recordFollowUpSchema) {}
