import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a calendar date');

export const addCalendarAdjustmentSchema = z
  .object({
    date: isoDate,
    /** holiday: not worked (a local holiday, or next year's dates before the package has them); workday: worked. */
    kind: z.enum(['holiday', 'workday']),
    reason: z.string().trim().min(2).max(200),
  })
  .strict();
export class AddCalendarAdjustmentDto extends createZodDto(addCalendarAdjustmentSchema) {}
