import ExcelJS from 'exceljs';
import type { SheetRow } from './demo-history';

/** The rows as a workbook of one worksheet, header row first, as a council's ledger would be. */
export async function historyWorkbook(headers: readonly string[], rows: SheetRow[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows as UTF-8 CSV with a header row (cells quoted where they need it). */
export function historyCsv(headers: readonly string[], rows: SheetRow[]): Buffer {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [headers.map(cell).join(','), ...rows.map((row) => headers.map((h) => cell(row[h] ?? '')).join(','))];
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
