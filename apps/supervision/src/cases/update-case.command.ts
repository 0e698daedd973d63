import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The write-up of a case, and whether it is typical (picked for the convener site meeting, 现场会). */
export const updateCaseSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    writeUp: z.string().trim().max(50_000).optional(),
    /** What came of it, in words (处理结果); searched with the title and write-up. */
    outcomeNote: z.string().trim().max(10_000).optional(),
    typical: z.boolean().optional(),
  })
  .strict()
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), {
    message: 'give at least one of title, writeUp, outcomeNote, typical',
    path: [],
  });

export type UpdateCaseCommand = z.output<typeof updateCaseSchema>;
export class UpdateCaseDto extends createZodDto(updateCaseSchema) {}
