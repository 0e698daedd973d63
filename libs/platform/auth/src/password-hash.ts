import { randomBytes, scrypt as scryptCallback, type ScryptOptions, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters, recorded in every hash so they can be raised later. */
export interface ScryptParams {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

/**
 * Current guidance (OWASP Password Storage Cheat Sheet): N = 2^17, r = 8, p = 1 — 128 MiB and a
 * few hundred milliseconds per hash. Hashes made with less are upgraded at the next sign-in.
 */
export const CURRENT_SCRYPT_PARAMS: ScryptParams = { ln: 17, r: 8, p: 1 };
/** What hashes without recorded parameters (`scrypt$<salt>$<hash>`) were made with: Node's defaults. */
const LEGACY_SCRYPT_PARAMS: ScryptParams = { ln: 14, r: 8, p: 1 };
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, keylen: number, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  // Node refuses more than 32 MiB by default; allow what these parameters need, with headroom.
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** scrypt with a random salt, stored as `scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64). */
export async function hashPassword(password: string, params: ScryptParams = CURRENT_SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, params);
  return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts[0] !== 'scrypt') return null;
  if (parts.length === 3) return { params: LEGACY_SCRYPT_PARAMS, salt: Buffer.from(parts[1], 'base64'), hash: Buffer.from(parts[2], 'base64') };
  if (parts.length !== 4) return null;
  const match = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})$/.exec(parts[1]);
  if (!match) return null;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (params.ln < 10 || params.ln > 20 || params.r < 1 || params.p < 1) return null;
  return { params, salt: Buffer.from(parts[2], 'base64'), hash: Buffer.from(parts[3], 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || parsed.hash.length === 0) return false;
  const actual = await scrypt(password, parsed.salt, parsed.hash.length, parsed.params);
  return timingSafeEqual(actual, parsed.hash);
}

/** True when the hash was made with weaker parameters than today's (or cannot be read). */
export function needsRehash(stored: string, params: ScryptParams = CURRENT_SCRYPT_PARAMS): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  const cost = (p: ScryptParams) => 2 ** p.ln * p.r * p.p;
  return cost(parsed.params) < cost(params) || parsed.params.ln < params.ln;
}
