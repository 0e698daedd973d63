import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { EXPERTISE_TAGS } from '@shangliang/organisation';

const id = z.string().trim().min(1).max(32).regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes');
const name = z.string().trim().min(1).max(100);
const phone = z.string().trim().regex(/^\d{7,15}$/, 'digits only');
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);
const studio = {
  studioAddress: z.string().trim().min(1).max(200),
  studioHours: z.string().trim().min(1).max(100),
  studioDuty: z.array(z.string().trim().min(1).max(50)).max(20),
};


export const createCouncilSchema = z.object({ id, name, level: z.enum(['city', 'county']), parentId: id.optional() }).strict();
export class CreateCouncilDto extends createZodDto(createCouncilSchema) {}

export const createViceChairSchema = z.object({ id, name }).strict();
export class CreateViceChairDto extends createZodDto(createViceChairSchema) {}

export const committeeSchema = z.object({ id, name, viceChairId: id }).strict();
export class CreateCommitteeDto extends createZodDto(committeeSchema) {}
export class UpdateCommitteeDto extends createZodDto(committeeSchema.omit({ id: true }).partial().strict()) {}

export const localitySchema = z
  .object({
    id,
    name,
    kind: z.enum(['street', 'township']),
    convenerName: z.string().trim().min(1).max(50),
    convenerPhone: phone,
    /** Cadence rule: streets at least every 2 months (61 days), townships every quarter (92). */
    cadenceDays: z.number().int().min(7).max(366).optional(),
    ...studio,
  })
  .strict();
export class CreateLocalityDto extends createZodDto(localitySchema) {}
export class UpdateLocalityDto extends createZodDto(localitySchema.omit({ id: true }).partial().strict()) {}

export const communitySchema = z.object({ id, localityId: id, name, lat, lng, ...studio }).strict();
export class CreateCommunityDto extends createZodDto(communitySchema) {}
export class UpdateCommunityDto extends createZodDto(communitySchema.omit({ id: true, localityId: true }).partial().strict()) {}

export const memberSchema = z
  .object({
    id,
    name: z.string().trim().min(1).max(50),
    phone,
    standing: z.boolean().default(false),
    expertise: z.array(z.enum(EXPERTISE_TAGS)).min(1).max(5),
    lat,
    lng,
    available: z.boolean().default(true),
    groupId: id.nullable().optional(),
  })
  .strict();
export class CreateMemberDto extends createZodDto(memberSchema) {}
export class UpdateMemberDto extends createZodDto(memberSchema.omit({ id: true }).partial().strict()) {}

export const groupSchema = z.object({ id, communityId: id, committeeId: id, leaderMemberId: id }).strict();
export class CreateGroupDto extends createZodDto(groupSchema) {}
export class UpdateGroupDto extends createZodDto(groupSchema.pick({ committeeId: true, leaderMemberId: true }).partial().strict()) {}

export const departmentSchema = z
  .object({ id, code: z.string().trim().min(2).max(40).regex(/^[a-z_]+$/), name, contactName: z.string().trim().min(1).max(50), contactPhone: phone })
  .strict();
export class CreateDepartmentDto extends createZodDto(departmentSchema) {}
export class UpdateDepartmentDto extends createZodDto(departmentSchema.omit({ id: true, code: true }).partial().strict()) {}

export class RebalanceDto extends createZodDto(z.object({ apply: z.boolean().default(false) }).strict()) {}
