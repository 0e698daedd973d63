import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { emailField, mobileField } from '../contact-fields';

const httpUrl = z.url({ protocol: /^https?$/ }).max(500);

/** How a department is reached; every part optional (null turns it off). */
export const departmentChannelsSchema = z
  .object({
    email: emailField,
    smsPhone: mobileField,
    webhook: z
      .object({
        kind: z.enum(['oa', 'wecom']),
        url: httpUrl,
        /** Left out to keep the secret already set (it is never shown back). */
        secret: z.string().min(16, 'must be at least 16 characters').max(200).optional(),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type DepartmentChannelsCommand = z.output<typeof departmentChannelsSchema>;
export class DepartmentChannelsDto extends createZodDto(departmentChannelsSchema) {}
