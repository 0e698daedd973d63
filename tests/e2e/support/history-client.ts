import { testEnvironment } from '@shangliang/testing';
import { staffToken } from './hotline-client';

export interface HistoryImportReport {
  totalRows: number;
  imported: number;
  skipped: number;
  failed: number;
  errors: { row: number; field: string; message: string }[];
}

/** The upload's answer: the import report, or for a refused file (400) the fields at fault. */
export type HistoryUploadBody = HistoryImportReport & { fields?: { field: string }[] };

/** Uploads a history file (multipart, as the console does) to the supervision service's admin API. */
export async function uploadHistory(kind: 'cases' | 'suggestions', file: Buffer | string, fileName: string, username = 'admin'): Promise<{ status: number; body: HistoryUploadBody }> {
  const token = await staffToken(username);
  const form = new FormData();
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const res = await fetch(`${testEnvironment.url('supervision')}/admin/history/${kind}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as HistoryUploadBody };
}

/** A CSV file of rows keyed by header (cells quoted). */
export function csvFile(headers: string[], rows: Record<string, string>[]): string {
  const cell = (v: string | undefined) => `"${(v ?? '').replace(/"/g, '""')}"`;
  return [headers.join(','), ...rows.map((r) => headers.map((h) => cell(r[h])).join(','))].join('\n') + '\n';
}
