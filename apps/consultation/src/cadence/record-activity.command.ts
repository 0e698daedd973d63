import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const ACTIVITY_KINDS = ['site_meeting', 'thematic_consultation', 'studio_reception', 'micro_consultation'] as const;

/** A convener's activity; `heldAt` may not lie in the future (five minutes' grace for clocks). */
export const recordActivitySchema = z
  .object({
    localityId: z.string().trim().min(1).max(32).optional(),
    kind: z.enum(ACTIVITY_KINDS),
    heldAt: z.iso.datetime({ offset: true }).refine((v) => Date.parse(v) <= Date.now() + 5 * 60_000, 'cannot be in the future'),
    topic: z.string().trim().min(2).max(200),
    participants: z.number().int().min(0).max(10_000),
  })
  .strict();
export type RecordActivityCommand = z.output<typeof recordActivitySchema>;
export class RecordActivityDto extends createZodDto(recordActivitySchema) {}
