import { AlignmentType, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { displayValue, figureRows } from '../figures/figure-rows';
import type { FigureSet, LeagueRow } from '../figures/figure-set';
import type { TypicalCaseView } from './report-data';

/** Pieces both Word documents (季度通报, 现场会材料) are made of. */

export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text, heading: level });

export const title = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] });

export const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });

function cell(text: string, bold = false) {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

export function table(header: string[], rows: string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

const fraction = (n: number | null, d: number | null) => (n === null || d === null ? '' : `${n} / ${d}`);

/** The figures of one period: name, value, and for a rate what it divides. */
export function figuresTable(set: FigureSet) {
  return table(
    ['指标 Figure', '数值 Value', '分子/分母 Numerator / denominator'],
    figureRows(set).map((r) => [`${r.zh} ${r.en}`, displayValue(r), fraction(r.numerator, r.denominator)]),
  );
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** The four rates and the headline counts month by month (a table reads well on paper). */
export function trendTable(months: FigureSet[]) {
  return table(
    ['月份 Month', '响应率', '解决率', '满意率', '采纳率', '问题数', '协商次数', '点对点', '未结民主监督'],
    months.map((m) => [
      m.period.label,
      pct(m.rates.responseRate.value),
      pct(m.rates.resolutionRate.value),
      pct(m.rates.satisfactionRate.value),
      pct(m.rates.adoptionRate?.value ?? null),
      m.counts.problemsByChannel ? String(m.counts.problemsByChannel.total) : '—',
      m.counts.consultationsByForm ? String(m.counts.consultationsByForm.total) : '—',
      m.counts.pointToPointConsultations === null ? '—' : String(m.counts.pointToPointConsultations),
      String(m.counts.openEscalations),
    ]),
  );
}

export function leagueTable(rows: LeagueRow[]) {
  if (rows.length === 0) return paragraph('本期没有到期的交办件。No referral fell due in this period.');
  return table(
    ['名次 Rank', '部门 Department', '到期 Due', '按时响应 On time', '响应率 Rate', '响应时长中位数（小时）Median hours'],
    rows.map((r) => [String(r.rank), r.name, String(r.due), String(r.answeredOnTime), pct(r.responseRate), r.medianResponseHours === null ? '—' : String(r.medianResponseHours)]),
  );
}

/** Each typical case: its title as a heading, where and how it ended, and its write-up. */
export function typicalCases(cases: TypicalCaseView[]): Paragraph[] {
  if (cases.length === 0) return [paragraph('本期没有标记为典型的案例。No case was marked typical in this period.')];
  return cases.flatMap((c, i) => [
    heading(`${i + 1}. ${c.title}`, HeadingLevel.HEADING_2),
    paragraph(`${c.reference} · ${c.communityName} · ${c.category} · ${c.outcome}`),
    ...(c.writeUp || '（暂无案例写作）').split(/\n+/).map((line) => paragraph(line)),
  ]);
}
