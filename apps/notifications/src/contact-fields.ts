import { z } from 'zod';

/** A staff member's or a department's address for notices (null turns the channel off). */
export const emailField = z.email().max(200).nullable().default(null);
export const mobileField = z
  .string()
  .regex(/^1\d{10}$/, 'must be a mainland mobile number (11 digits starting with 1)')
  .nullable()
  .default(null);
