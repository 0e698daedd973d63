/** Error codes returned in API error bodies (`code`) so clients can branch without parsing text. */
export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'conflict',
  'idempotency_key_reused',
  'wrong_stage',
  'forbidden',
  'unauthenticated',
  'team_full',
  'already_claimed',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  /** The account was reset by an admin: it may only change its password (POST /auth/password). */
  'password_change_required',
  /** The service could not get a database connection or transaction in time (503, Retry-After). */
  'overloaded',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  /** Per-field problems, with the field path as the client sent it (e.g. `location.communityId`). */
  fields?: { field: string; message: string }[];
}
