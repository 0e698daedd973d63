import { CsvError, parse } from 'csv-parse/sync';

/** Columns every import file must have (the work order's required fields). */
export const REQUIRED_COLUMNS = ['orderNumber', 'receivedAt', 'callerPhone', 'requestType', 'category', 'communityId', 'content', 'urgency'] as const;
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** One data row: `row` is its number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  row: number;
  values: Record<string, string | undefined>;
}

export class CsvFileError extends Error {}

/**
 * A partner's daily export: CSV with a header row naming the work order's fields. UTF-8 (with or
 * without BOM) is expected; a file that is not valid UTF-8 is read as GB18030, which is what
 * spreadsheet programs on Chinese Windows save. Empty cells count as absent fields.
 */
export function parseWorkOrderCsv(file: Buffer): CsvRow[] {
  const text = decode(file);
  let records: { record: Record<string, string>; info: { records: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFileError(`not valid CSV: ${error.message}`);
    throw error;
  }
  if (records.length === 0) throw new CsvFileError('has no data rows under the header');
  if (records.length > MAX_IMPORT_ROWS) throw new CsvFileError(`has ${records.length} rows; at most ${MAX_IMPORT_ROWS} per file`);
  const missing = REQUIRED_COLUMNS.filter((c) => !(c in records[0].record));
  if (missing.length) throw new CsvFileError(`header row lacks column(s) ${missing.join(', ')}`);
  return records.map(({ record, info }) => ({ row: info.records + 1, values: withoutEmptyCells(record) }));
}

function decode(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('gb18030').decode(file);
  }
}

function withoutEmptyCells(record: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.trim() === '' ? undefined : v]));
}
