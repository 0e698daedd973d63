import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { emailField, mobileField } from '../contact-fields';

/** A member of staff's own channels. The inbox is always on, so it is not among them. */
export const updatePreferencesSchema = z
  .object({
    email: emailField,
    phone: mobileField,
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
