import type { StaffPrincipal } from './staff-principal';

/**
 * Who a token's holder is *now*. A token only names an account and the session version it was
 * issued under; every request looks the account up, so disabling it, resetting its password or
 * changing its role or place takes effect on the next request. Implemented by the organisation
 * directory, which owns staff accounts.
 */
export interface StaffSessions {
  /** The account's current principal, or null when it is gone, disabled or the version is stale. */
  principalOf(staffId: string, sessionVersion: number): Promise<StaffPrincipal | null>;
}

export const STAFF_SESSIONS = Symbol('STAFF_SESSIONS');

/** What a staff token carries besides its issuer, audience and expiry. */
export interface StaffTokenClaims {
  /** The staff account id. */
  sub: string;
  /** The account's session version when the token was issued. */
  sv: number;
}

export const STAFF_TOKEN_ISSUER = 'shangliang';
export const STAFF_TOKEN_AUDIENCE = 'shangliang-staff';
