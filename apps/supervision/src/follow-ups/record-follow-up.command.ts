import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SATISFACTION_LEVELS } from '@shangliang/contracts';

/** What the resident said when called back (回访). The note must not quote their name or number. */
export const recordFollowUpSchema = z
  .object({
    satisfaction: z.enum(SATISFACTION_LEVELS),
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .strict();

export type RecordFollowUpCommand = z.output<typeof recordFollowUpSchema>;
export class RecordFollowUpDto extends createZodDto(recordFollowUpSchema) {}
