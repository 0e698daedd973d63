import { CONSULTATION_FORMS, figureDefinition, type FigureId, PROBLEM_SOURCES } from '@shangliang/contracts';
import type { FigureSet, Rate } from './figure-set';

/** One line of the figures as the CSV, the workbook and the reports print them. */
export interface FigureRow {
  id: string;
  zh: string;
  en: string;
  /** A rate as a fraction (0.8125), a count as is; null: nothing to count (no denominator, or not for this area). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

const SOURCE_NAMES: Record<(typeof PROBLEM_SOURCES)[number], { zh: string; en: string }> = {
  web: { zh: '网页', en: 'web' },
  hotline: { zh: '12345热线', en: 'hotline' },
  open311: { zh: 'Open311', en: 'Open311' },
  studio: { zh: '工作室', en: 'studio' },
  member_visit: { zh: '委员走访', en: 'member visit' },
};
const FORM_NAMES: Record<(typeof CONSULTATION_FORMS)[number], { zh: string; en: string }> = {
  micro: { zh: '微协商', en: 'micro' },
  thematic: { zh: '专题协商', en: 'thematic' },
  point_to_point: { zh: '点对点协商', en: 'point-to-point' },
};

function rateRow(id: FigureId, r: Rate | null): FigureRow {
  const d = figureDefinition(id);
  return { id, zh: d.zh, en: d.en, value: r?.value ?? null, numerator: r?.numerator ?? null, denominator: r?.denominator ?? null };
}

function countRow(id: FigureId, value: number | null, sub?: { key: string; zh: string; en: string }): FigureRow {
  const d = figureDefinition(id);
  return sub
    ? { id: `${id}.${sub.key}`, zh: `${d.zh}·${sub.zh}`, en: `${d.en}: ${sub.en}`, value, numerator: null, denominator: null }
    : { id, zh: d.zh, en: d.en, value, numerator: null, denominator: null };
}

/** Every figure of a set, in the order of FIGURE_DEFINITIONS, with the channel and form breakdowns. */
export function figureRows(set: FigureSet): FigureRow[] {
  const c = set.counts;
  return [
    rateRow('responseRate', set.rates.responseRate),
    rateRow('resolutionRate', set.rates.resolutionRate),
    rateRow('satisfactionRate', set.rates.satisfactionRate),
    rateRow('adoptionRate', set.rates.adoptionRate),
    countRow('problemsByChannel', c.problemsByChannel?.total ?? null),
    ...PROBLEM_SOURCES.map((s) => countRow('problemsByChannel', c.problemsByChannel?.[s] ?? null, { key: s, ...SOURCE_NAMES[s] })),
    countRow('consultationsByForm', c.consultationsByForm?.total ?? null),
    ...CONSULTATION_FORMS.map((f) => countRow('consultationsByForm', c.consultationsByForm?.[f] ?? null, { key: f, ...FORM_NAMES[f] })),
    countRow('pointToPointConsultations', c.pointToPointConsultations),
    countRow('landAcquisitionRaised', c.landAcquisitionRaised),
    countRow('landAcquisitionSettled', c.landAcquisitionSettled),
    countRow('openEscalations', c.openEscalations),
  ];
}

/** A rate as people read it (81.3%), a count as is, and a dash for nothing. */
export function displayValue(row: Pick<FigureRow, 'value' | 'denominator'> & { id: string }): string {
  if (row.value === null) return '—';
  return row.id.endsWith('Rate') ? `${(row.value * 100).toFixed(1)}%` : String(row.value);
}

/** A CSV cell: quoted, and a leading formula character defused (spreadsheets would run it). */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function figuresCsv(sets: { set: FigureSet; area: { key: string; name: string } }[]): string {
  const header = ['period', 'from', 'to', 'area', 'area_name', 'figure', 'name_zh', 'name_en', 'value', 'numerator', 'denominator'];
  const lines = [header.join(',')];
  for (const { set, area } of sets) {
    for (const row of figureRows(set)) {
      lines.push([set.period.label, set.period.from, set.period.to, area.key, area.name, row.id, row.zh, row.en, row.value, row.numerator, row.denominator].map(csvCell).join(','));
    }
  }
  // A BOM so spreadsheet programs read the Chinese names as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
