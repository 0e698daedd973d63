import { z } from 'zod';
import { CONSULTATION_FORMS } from '../problem/outcome';
import { PROBLEM_SOURCES } from '../problem/category';

/**
 * The figures the supervision service composes from the services that own the rows: it asks
 * intake and consultation over a signed internal call (`POST /internal/figures`), naming the
 * communities already resolved from the caller's scope, so those services check only the
 * signature. One call carries every range of a trend.
 */
export const internalFiguresRequestSchema = z
  .object({
    communityIds: z.array(z.string().min(1).max(32)).max(5000),
    /** Only this department's referrals (a department area), or every department's. */
    departmentId: z.string().min(1).max(32).nullable().default(null),
    ranges: z
      .array(z.object({ from: z.coerce.date(), to: z.coerce.date() }).strict())
      .min(1)
      .max(40),
    /** The instant "due" is measured against (a referral whose deadline is still ahead is not yet due). */
    now: z.coerce.date(),
  })
  .strict();
export type InternalFiguresRequest = z.infer<typeof internalFiguresRequestSchema>;

export const intakeFiguresRangeSchema = z.object({
  problemsBySource: z.record(z.enum(PROBLEM_SOURCES), z.number().int().min(0)),
  landAcquisitionRaised: z.number().int().min(0),
});
export const intakeFiguresAnswerSchema = z.object({ ranges: z.array(intakeFiguresRangeSchema) });
export type IntakeFiguresRange = z.infer<typeof intakeFiguresRangeSchema>;

export const departmentResponseSchema = z.object({
  departmentId: z.string(),
  due: z.number().int().min(0),
  answeredOnTime: z.number().int().min(0),
  /** Of those due: answered at all (on time or late). */
  answered: z.number().int().min(0),
  /** Median hours from the referral to its first answer, over those due and answered. */
  medianResponseHours: z.number().nullable(),
});
export type DepartmentResponse = z.infer<typeof departmentResponseSchema>;

export const consultationFiguresRangeSchema = z.object({
  referrals: z.object({ opened: z.number().int().min(0), due: z.number().int().min(0), answeredOnTime: z.number().int().min(0) }),
  consultationsByForm: z.record(z.enum(CONSULTATION_FORMS), z.number().int().min(0)),
  departments: z.array(departmentResponseSchema),
});
export const consultationFiguresAnswerSchema = z.object({ ranges: z.array(consultationFiguresRangeSchema) });
export type ConsultationFiguresRange = z.infer<typeof consultationFiguresRangeSchema>;
