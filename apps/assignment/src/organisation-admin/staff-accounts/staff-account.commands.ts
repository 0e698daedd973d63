import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '@shangliang/auth';

const id = z.string().trim().min(1).max(32).regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes');
const username = z.string().trim().min(3).max(64).regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, dots, dashes and underscores');
const displayName = z.string().trim().min(1).max(50);

/**
 * Where an account acts. Which field a role needs: convener → localityId; member and
 * group_leader → memberId (the group, and a leader's committee, follow from the member);
 * committee → committeeId; vice_chair → viceChairId; department → departmentId; admin and
 * supervisor → none (their whole council).
 */
export const placementSchema = z
  .object({
    role: z.enum(STAFF_ROLES),
    localityId: id.optional(),
    memberId: id.optional(),
    committeeId: id.optional(),
    viceChairId: id.optional(),
    departmentId: id.optional(),
  })
  .strict();
export type Placement = z.output<typeof placementSchema>;

export const createStaffAccountSchema = placementSchema.extend({ username, displayName }).strict();
export class CreateStaffAccountDto extends createZodDto(createStaffAccountSchema) {}

/** Change the role and place (give both: the place is the role's), the name, or disable/enable. */
export const updateStaffAccountSchema = z
  .object({ displayName: displayName.optional(), active: z.boolean().optional(), placement: placementSchema.optional() })
  .strict()
  .refine((v) => v.displayName !== undefined || v.active !== undefined || v.placement !== undefined, { message: 'nothing to change' });
export class UpdateStaffAccountDto extends createZodDto(updateStaffAccountSchema) {}

/** A password a member of staff chooses: long rather than clever (NIST SP 800-63B). */
export const newPasswordSchema = z.string().min(12, 'at least 12 characters').max(200);

export const changePasswordSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema }).strict();
export class ChangePasswordDto extends createZodDto(changePasswordSchema) {}
