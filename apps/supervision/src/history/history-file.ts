import ExcelJS from 'exceljs';
import { CsvError, parse } from 'csv-parse/sync';

export const MAX_HISTORY_ROWS = 20_000;
export const MAX_HISTORY_BYTES = 10 * 1024 * 1024;

/** One data row: `row` is its number as a spreadsheet shows it (the header is row 1). */
export interface HistoryRow {
  row: number;
  values: Record<string, string | undefined>;
}

export class HistoryFileError extends Error {}

/**
 * A council's spreadsheet of earlier cases or suggestions, as .xlsx (first worksheet) or .csv
 * (UTF-8, or GB18030 as spreadsheet programs on Chinese Windows save it), with a header row.
 * Headers may be the field names or their Chinese names (`aliases`); empty cells are absent.
 */
export async function readHistoryFile(file: Buffer, aliases: Record<string, string>): Promise<HistoryRow[]> {
  const raw = isXlsx(file) ? await readXlsx(file) : readCsv(file);
  if (raw.length === 0) throw new HistoryFileError('has no data rows under the header');
  if (raw.length > MAX_HISTORY_ROWS) throw new HistoryFileError(`has ${raw.length} rows; at most ${MAX_HISTORY_ROWS} per file`);
  return raw.map(({ row, values }) => ({
    row,
    values: Object.fromEntries(Object.entries(values).map(([header, v]) => [aliases[header.trim()] ?? header.trim(), v === undefined || v.trim() === '' ? undefined : v.trim()])),
  }));
}

/** The columns a file has, by field name (for a whole-file check of the required ones). */
export function columnsOf(rows: HistoryRow[]): Set<string> {
  return new Set(rows.flatMap((r) => Object.keys(r.values)));
}

function isXlsx(file: Buffer): boolean {
  // .xlsx is a zip archive: it starts with the local file header PK\x03\x04.
  return file.length > 4 && file[0] === 0x50 && file[1] === 0x4b && file[2] === 0x03 && file[3] === 0x04;
}

async function readXlsx(file: Buffer): Promise<HistoryRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw new HistoryFileError(`not a readable .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new HistoryFileError('the workbook has no worksheet');
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col] = cellText(cell.value) ?? ''));
  const rows: HistoryRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string | undefined> = {};
    headers.forEach((header, col) => {
      if (header) values[header] = cellText(row.getCell(col).value);
    });
    if (Object.values(values).some((v) => v !== undefined && v.trim() !== '')) rows.push({ row: rowNumber, values });
  });
  return rows;
}

/** A cell as text: dates as their calendar day (exceljs reads a date cell as UTC midnight of that day). */
function cellText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return undefined;
  }
  return String(value);
}

function readCsv(file: Buffer): HistoryRow[] {
  const text = decode(file);
  try {
    const records = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as {
      record: Record<string, string>;
      info: { records: number };
    }[];
    return records.map(({ record, info }) => ({ row: info.records + 1, values: record }));
  } catch (error) {
    if (error instanceof CsvError) throw new HistoryFileError(`not valid CSV: ${error.message}`);
    throw error;
  }
}

function decode(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('gb18030').decode(file);
  }
}
