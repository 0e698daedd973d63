import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** A member of staff's own channels. The inbox is always on, so it is not among them. */
export const updatePreferencesSchema = z
  .object({
    email: z.email().max(200).nullable().default(null),
    phone: z
      .string()
      .regex(/^1\d{10}$/, 'must be a mainland mobile number (11 digits starting with 1)')
      .nullable()
      .default(null),
    channels: z.array(z.enum(['email', 'sms'])).max(2).default([]),
    locale: z.enum(['zh', 'en']).default('zh'),
    /** Sent back as read (GET answers it); the inbox cannot be turned off. */
    inbox: z.literal(true).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.channels.includes('email') && !p.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'is needed to take e-mail' });
    if (p.channels.includes('sms') && !p.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'is needed to take texts' });
  });
export type UpdatePreferencesCommand = z.output<typeof updatePreferencesSchema>;
export class UpdatePreferencesDto extends createZodDto(updatePreferencesSchema) {}
