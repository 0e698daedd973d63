import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { queryList } from '@shangliang/http';

/** The spec: an optional argument sent empty is the same as one not sent. */
const absentIfEmpty = (v: unknown) => (v === '' || v === null ? undefined : v);
const optionalText = (max: number) => z.preprocess(absentIfEmpty, z.string().trim().max(max).optional());
const required = (what: string) => ({ error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`) });
const coordinate = (min: number, max: number) => z.preprocess(absentIfEmpty, z.coerce.number().min(min).max(max).optional());
const w3DateTime = z.preprocess(absentIfEmpty, z.iso.datetime({ offset: true, message: 'must be a w3 date-time with a time zone, e.g. 2010-01-01T00:00:00Z' }).optional());

/** POST requests.(json|xml), form-encoded as the spec sends it (`attribute[code]=value`). */
export const postRequestSchema = z
  .object({
    jurisdiction_id: optionalText(100),
    service_code: z.string(required('a service code')).trim().min(1).max(64),
    lat: coordinate(-90, 90),
    long: coordinate(-180, 180),
    address_string: optionalText(300),
    address_id: optionalText(100),
    attribute: z.preprocess(absentIfEmpty, z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional()),
    email: z.preprocess(absentIfEmpty, z.email().max(200).optional()),
    device_id: optionalText(200),
    account_id: optionalText(200),
    first_name: optionalText(25),
    last_name: optionalText(25),
    phone: z.preprocess(
      absentIfEmpty,
      z
        .string()
        .trim()
        .regex(/^\+?[\d\s-]{7,20}$/, 'must be a phone number (digits, spaces, dashes)')
        .optional(),
    ),
    description: z.string(required('text')).trim().min(5).max(4000),
    media_url: z.preprocess(absentIfEmpty, z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(500).optional()),
  })
  .superRefine((r, ctx) => {
    if ((r.lat === undefined) !== (r.long === undefined)) {
      ctx.addIssue({ code: 'custom', path: [r.lat === undefined ? 'lat' : 'long'], message: 'lat and long must be sent together' });
    }
    if (r.lat !== undefined || r.long !== undefined || communityGiven(r.attribute)) return;
    // We have no geocoder: an address alone cannot place the problem in a community.
    const addressField = r.address_string ? 'address_string' : r.address_id ? 'address_id' : undefined;
    ctx.addIssue(
      addressField
        ? { code: 'custom', path: [addressField], message: 'cannot be located on its own; send attribute[community_id] or lat & long with it' }
        : { code: 'custom', path: ['lat'], message: 'a location is required: lat & long, or attribute[community_id]' },
    );
  });
export type PostRequest = z.output<typeof postRequestSchema>;
export class PostRequestDto extends createZodDto(postRequestSchema) {}

/** attribute[community_id] as a string (or the first of a repeated one) that is not blank. */
function communityGiven(attribute: Record<string, string | string[]> | undefined): boolean {
  const raw = attribute?.community_id;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value.trim() !== '';
}

export const jurisdictionQuerySchema = z.object({ jurisdiction_id: optionalText(100) });
export class JurisdictionQueryDto extends createZodDto(jurisdictionQuerySchema) {}

/** GET requests.(json|xml) filters. */
export const listRequestsSchema = z.object({
  jurisdiction_id: optionalText(100),
  service_request_id: queryList(z.string().max(32), 100),
  service_code: queryList(z.string().max(64), 100),
  status: queryList(z.enum(['open', 'closed'], { message: 'must be open, closed or both, comma-separated' }), 100),
  start_date: w3DateTime,
  end_date: w3DateTime,
});
export type ListRequestsQuery = z.output<typeof listRequestsSchema>;
export class ListRequestsQueryDto extends createZodDto(listRequestsSchema) {}
