/**
 * The cadence rule by calendar period (Beijing time): a street's convener (and a member group)
 * holds at least one activity in each two-month period (Jan–Feb, Mar–Apr, …), a township's in
 * each quarter. Who is behind: nothing held yet this period and either the last period was
 * missed too, or the period ends within `DUE_SOON_DAYS`.
 */
export type CadenceKind = 'street' | 'township' | 'group';
export type CadenceStatus = 'held' | 'due' | 'due_soon' | 'missed';

const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
export const DUE_SOON_DAYS = 14;

export interface CadencePeriod {
  /** `2026-11/12` (two months) or `2026-Q4`. */
  label: string;
  start: Date;
  end: Date;
}

/** The calendar period of `kind` containing `at`. */
export function periodOf(kind: CadenceKind, at: Date): CadencePeriod {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS);
  const year = local.getUTCFullYear();
  const months = kind === 'township' ? 3 : 2;
  const first = Math.floor(local.getUTCMonth() / months) * months;
  const start = new Date(Date.UTC(year, first, 1) - BEIJING_OFFSET_MS);
  const end = new Date(Date.UTC(year, first + months, 1) - BEIJING_OFFSET_MS);
  const label = kind === 'township' ? `${year}-Q${first / 3 + 1}` : `${year}-${String(first + 1).padStart(2, '0')}/${String(first + 2).padStart(2, '0')}`;
  return { label, start, end };
}

/** The period before `period` for the same kind. */
export function previousPeriod(kind: CadenceKind, period: CadencePeriod): CadencePeriod {
  return periodOf(kind, new Date(period.start.getTime() - 1));
}

/** Where an organisation unit stands this period, from its last activity and its last before the period. */
export function cadenceStatus(kind: CadenceKind, now: Date, last: Date | null, lastBeforePeriod: Date | null): { period: CadencePeriod; status: CadenceStatus; behind: boolean; daysLeft: number } {
  const period = periodOf(kind, now);
  const daysLeft = Math.ceil((period.end.getTime() - now.getTime()) / DAY_MS);
  let status: CadenceStatus;
  if (last && last >= period.start) status = 'held';
  else if (!lastBeforePeriod || lastBeforePeriod < previousPeriod(kind, period).start) status = 'missed';
  else status = daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'due';
  return { period, status, behind: status === 'missed' || status === 'due_soon', daysLeft };
}
