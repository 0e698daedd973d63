import { z } from 'zod';

/** The Open311 GeoReport v2 endpoint as clients discover it. */
export const open311Env = z.object({
  /** What clients may send as jurisdiction_id; any other value is answered 404 (the spec's rule). */
  OPEN311_JURISDICTION_ID: z.string().min(1).max(100).default('shangliang'),
  /** Public base URL of the endpoint (…/open311/v2) for the discovery document; by default taken from the request. */
  OPEN311_BASE_URL: z.url().optional(),
  OPEN311_CONTACT: z.string().min(1).max(300).default('市政协委员工作平台 Shangliang — ask the council office for help with this API'),
  /** A lat/long farther than this from every community is outside the area we serve. */
  OPEN311_MAX_COMMUNITY_DISTANCE_KM: z.coerce.number().positive().max(500).default(20),
});
export type Open311Env = z.infer<typeof open311Env>;

export interface Open311Config {
  jurisdictionId: string;
  baseUrl: string | null;
  contact: string;
  maxCommunityDistanceKm: number;
}

export function open311ConfigFrom(env: Open311Env): Open311Config {
  return {
    jurisdictionId: env.OPEN311_JURISDICTION_ID,
    baseUrl: env.OPEN311_BASE_URL?.replace(/\/$/, '') ?? null,
    contact: env.OPEN311_CONTACT,
    maxCommunityDistanceKm: env.OPEN311_MAX_COMMUNITY_DISTANCE_KM,
  };
}
export const OPEN311_CONFIG = Symbol('OPEN311_CONFIG');
