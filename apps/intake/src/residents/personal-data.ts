import { createHmac } from 'node:crypto';

/** Mainland mobile numbers: 11 digits starting with 1; landlines are kept as digits too. */
export function normalisePhone(raw: string): string {
  return raw.replace(/[\s\-()+]/g, '').replace(/^86(?=1\d{10}$)/, '');
}

/** 138****5678 — what staff without need, and every log, may see. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** 张** — keep the family name only. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  return `${[...name][0]}${'*'.repeat(Math.max([...name].length - 1, 1))}`;
}

/** A keyed digest, so one number is stored once and matched without a plain-text index. */
export function phoneDigest(phone: string, secret: string): string {
  return createHmac('sha256', secret).update(normalisePhone(phone)).digest('hex');
}
