import ExcelJS from 'exceljs';
import { figureRows } from '../figures/figure-rows';
import type { ReportData } from './report-data';

/** A text cell that a spreadsheet must not run as a formula. */
const safeText = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

function sheet(book: ExcelJS.Workbook, name: string, columns: { header: string; key: string; width: number }[]) {
  const ws = book.addWorksheet(name);
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

/**
 * The figures as a workbook: the period's figures (rates as fractions with numerator and
 * denominator, so they can be checked and recomputed), the trend by month, and the league table.
 */
export async function figuresWorkbook(data: ReportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Shangliang 商量';
  const figures = sheet(book, '指标 Figures', [
    { header: 'figure', key: 'id', width: 34 },
    { header: '指标', key: 'zh', width: 24 },
    { header: 'name', key: 'en', width: 36 },
    { header: 'value', key: 'value', width: 12 },
    { header: 'numerator', key: 'numerator', width: 12 },
    { header: 'denominator', key: 'denominator', width: 12 },
  ]);
  for (const row of figureRows(data.figures)) figures.addRow(row);
  figures.addRow({});
  figures.addRow({ id: 'period', zh: data.figures.period.label });
  figures.addRow({ id: 'area', zh: safeText(data.area.name), en: data.area.key });

  const trend = sheet(book, '趋势 Trend', [
    { header: 'month', key: 'month', width: 12 },
    ...figureRows(data.figures).map((r) => ({ header: r.id, key: r.id, width: 14 })),
  ]);
  for (const m of data.trend) trend.addRow({ month: m.period.label, ...Object.fromEntries(figureRows(m).map((r) => [r.id, r.value])) });

  const league = sheet(book, '部门排名 Departments', [
    { header: 'rank', key: 'rank', width: 8 },
    { header: 'department', key: 'name', width: 24 },
    { header: 'departmentId', key: 'departmentId', width: 16 },
    { header: 'due', key: 'due', width: 10 },
    { header: 'answeredOnTime', key: 'answeredOnTime', width: 16 },
    { header: 'answered', key: 'answered', width: 10 },
    { header: 'responseRate', key: 'responseRate', width: 14 },
    { header: 'medianResponseHours', key: 'medianResponseHours', width: 20 },
  ]);
  for (const d of data.departments) league.addRow({ ...d, name: safeText(d.name) });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface CaseBankRow {
  reference: string;
  title: string | null;
  category: string;
  communityName: string;
  outcome: string;
  departmentName: string | null;
  escalationRungs: string[];
  satisfaction: string | null;
  submittedAt: Date;
  settledAt: Date;
  archivedAt: Date;
  typical: boolean;
  writeUp: string | null;
}

/** The case bank (案例库) as a workbook: one row a case, no resident's name or number. */
export async function caseBankWorkbook(rows: CaseBankRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Shangliang 商量';
  const ws = sheet(book, '案例库 Cases', [
    { header: 'reference', key: 'reference', width: 18 },
    { header: 'title', key: 'title', width: 36 },
    { header: 'category', key: 'category', width: 16 },
    { header: 'community', key: 'communityName', width: 16 },
    { header: 'outcome', key: 'outcome', width: 12 },
    { header: 'department', key: 'departmentName', width: 16 },
    { header: 'escalation', key: 'escalation', width: 20 },
    { header: 'satisfaction', key: 'satisfaction', width: 18 },
    { header: 'submittedAt', key: 'submittedAt', width: 22 },
    { header: 'settledAt', key: 'settledAt', width: 22 },
    { header: 'archivedAt', key: 'archivedAt', width: 22 },
    { header: 'typical', key: 'typical', width: 8 },
    { header: 'writeUp', key: 'writeUp', width: 60 },
  ]);
  for (const r of rows) {
    ws.addRow({
      ...r,
      title: safeText(r.title ?? ''),
      writeUp: safeText(r.writeUp ?? ''),
      escalation: r.escalationRungs.join(' → '),
      satisfaction: r.satisfaction ?? '',
      departmentName: r.departmentName ?? '',
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
