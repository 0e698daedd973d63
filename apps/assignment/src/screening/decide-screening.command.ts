import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { TEAM_SCOPES, UNSUITABLE_REASONS } from '@shangliang/contracts';

export { TEAM_SCOPES, type TeamScope } from '@shangliang/contracts';

/**
 * 定单: suitable (becomes a consultation item with a scope and team size, optionally after the
 * on-site meeting with resident representatives) or unsuitable with a reason the resident sees
 * and where it was referred.
 */
export const decideScreeningSchema = z
  .object({
    suitable: z.boolean(),
    scope: z.enum(TEAM_SCOPES).optional(),
    teamSize: z.number().int().min(1).max(60).optional(),
    siteMeetingNote: z.string().trim().max(2000).optional(),
    reasonCode: z.enum(UNSUITABLE_REASONS).optional(),
    referredTo: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.suitable && !v.scope) ctx.addIssue({ code: 'custom', path: ['scope'], message: 'required when suitable' });
    if (!v.suitable && !v.reasonCode) ctx.addIssue({ code: 'custom', path: ['reasonCode'], message: 'required when unsuitable' });
  });

export type DecideScreeningCommand = z.output<typeof decideScreeningSchema>;
export class DecideScreeningDto extends createZodDto(decideScreeningSchema) {}
