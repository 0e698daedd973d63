import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CONSULTATION_FORMS, CONSULTATION_OUTCOMES } from '@shangliang/contracts';

/** Small allowance for clocks that disagree between the console and the server. */
const CLOCK_SKEW_MS = 5 * 60_000;
const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().trim().min(1).max(32);

/**
 * What the team records after consulting (协商解单): how and where it consulted, who took part,
 * and the outcome. A referral to a department comes with the outcome `referred`, and only then.
 */
export const recordConsultationSchema = z
  .object({
    form: z.enum(CONSULTATION_FORMS),
    heldAt: isoDateTime.refine((v) => Date.parse(v) <= Date.now() + CLOCK_SKEW_MS, 'a consultation is recorded after it was held, not before'),
    venue: z.string().trim().min(1).max(200),
    participants: z
      .object({
        residentRepresentatives: z.number().int().min(0).max(10_000),
        departmentIds: z.array(id).max(50).optional(),
        notes: z.string().trim().max(2000).optional(),
      })
      .strict(),
    summary: z.string().trim().min(1).max(20_000),
    outcome: z.enum(CONSULTATION_OUTCOMES),
    referral: z
      .object({
        departmentId: id,
        request: z.string().trim().min(1).max(4000),
        dueAt: isoDateTime.refine((v) => Date.parse(v) > Date.now(), 'the response deadline must be in the future'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.outcome === 'referred' && !body.referral) {
      ctx.addIssue({ code: 'custom', path: ['referral'], message: 'a referred outcome needs the referral (department, request, deadline)' });
    }
    if (body.outcome !== 'referred' && body.referral) {
      ctx.addIssue({ code: 'custom', path: ['referral'], message: `only a referred outcome has a referral, not "${body.outcome}"` });
    }
  });

export type RecordConsultationCommand = z.output<typeof recordConsultationSchema>;
export class RecordConsultationDto extends createZodDto(recordConsultationSchema) {}
