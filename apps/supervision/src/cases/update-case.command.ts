import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The write-up of a case, and whether it is typical (picked for the convener site meeting, 现场会). */
export const updateCaseSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    writeUp: z.string().trim().max(50_000).optional(),
    typical: z.boolean().optional(),
  })
  .strict()
  .refine((patch) => patch.title !== undefined || patch.writeUp !== undefined || patch.typical !== undefined, {
    message: 'give at least one of title, writeUp, typical',
    path: [],
  });

export type UpdateCaseCommand = z.output<typeof updateCaseSchema>;
export class UpdateCaseDto extends createZodDto(updateCaseSchema) {}
