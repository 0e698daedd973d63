import { randomInt } from 'node:crypto';

/** Reference staff and residents quote: SL-2026-000123 (sequence-backed, unique). */
export function problemReference(year: number, sequence: bigint | number): string {
  return `SL-${year}-${String(sequence).padStart(6, '0')}`;
}

// Crockford base32 without I, L, O, U: easy to read out over the phone.
const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The resident's tracking code: random, 8 characters (40 bits), not guessable from the reference. */
export function trackingCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}
