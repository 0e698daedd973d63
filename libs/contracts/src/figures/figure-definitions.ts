/**
 * The programme's figures (数据指标), each defined once: its id, its name in both languages and
 * what is counted above and below the line. The API, the console, the CSV and the reports take
 * names from here, and the README's table says the same in prose (keep them together).
 */
export interface FigureDefinition {
  id: FigureId;
  zh: string;
  en: string;
  kind: 'rate' | 'count';
  /** For a rate: what is counted above the line; for a count: what is counted. */
  numerator: string;
  /** For a rate only: what is counted below the line. */
  denominator: string | null;
  /** The service whose tables hold the rows. */
  source: 'consultation' | 'supervision' | 'intake';
}

export const FIGURE_IDS = [
  'responseRate',
  'resolutionRate',
  'satisfactionRate',
  'adoptionRate',
  'problemsByChannel',
  'consultationsByForm',
  'pointToPointConsultations',
  'landAcquisitionRaised',
  'landAcquisitionSettled',
  'openEscalations',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  {
    id: 'responseRate',
    zh: '响应率',
    en: 'Response rate',
    kind: 'rate',
    numerator: 'referrals answered by their deadline: signed for (签收), answered in one go (the earlier one-time answer) or completed (办结), whichever came first, at or before the due date',
    denominator: 'referrals due in the period: their due date falls in the period and has passed (referrals sent back to be re-referred count under the new referral)',
    source: 'consultation',
  },
  {
    id: 'resolutionRate',
    zh: '解决率',
    en: 'Resolution rate',
    kind: 'rate',
    numerator: 'cases archived in the period whose consultation outcome is solved (解决)',
    denominator: 'cases archived in the period (concluded: solved, explained or referred)',
    source: 'supervision',
  },
  {
    id: 'satisfactionRate',
    zh: '满意率',
    en: 'Satisfaction rate',
    kind: 'rate',
    numerator: 'cases archived in the period whose resident answered satisfied (满意) or basically satisfied (基本满意)',
    denominator: 'cases archived in the period whose resident answered (satisfied, basically satisfied or dissatisfied); not reached (未联系上) and no answer are left out',
    source: 'supervision',
  },
  {
    id: 'adoptionRate',
    zh: '采纳率',
    en: 'Adoption rate',
    kind: 'rate',
    numerator: 'suggestions submitted in the period that were adopted (采纳) or partly adopted (部分采纳)',
    denominator: 'suggestions submitted in the period that were decided (adopted, partly adopted or not adopted); pending ones are left out',
    source: 'supervision',
  },
  {
    id: 'problemsByChannel',
    zh: '问题数（按渠道）',
    en: 'Problems by channel',
    kind: 'count',
    numerator: 'problems raised in the period, by the channel they came in on (web, hotline, Open311, studio, member visit)',
    denominator: null,
    source: 'intake',
  },
  {
    id: 'consultationsByForm',
    zh: '协商次数（按形式）',
    en: 'Consultations by form',
    kind: 'count',
    numerator: 'consultations held in the period, by form (micro 微协商, thematic 专题协商, point-to-point 点对点协商)',
    denominator: null,
    source: 'consultation',
  },
  {
    id: 'pointToPointConsultations',
    zh: '点对点协商',
    en: 'Point-to-point consultations',
    kind: 'count',
    numerator: 'point-to-point consultations (点对点协商) held in the period',
    denominator: null,
    source: 'consultation',
  },
  {
    id: 'landAcquisitionRaised',
    zh: '征地拆迁纠纷（受理）',
    en: 'Land-acquisition disputes raised',
    kind: 'count',
    numerator: 'problems of the land-acquisition category (征地拆迁) raised in the period',
    denominator: null,
    source: 'intake',
  },
  {
    id: 'landAcquisitionSettled',
    zh: '征地拆迁纠纷（化解）',
    en: 'Land-acquisition disputes settled',
    kind: 'count',
    numerator: 'land-acquisition cases archived in the period with the outcome solved',
    denominator: null,
    source: 'supervision',
  },
  {
    id: 'openEscalations',
    zh: '未结民主监督',
    en: 'Open escalations',
    kind: 'count',
    numerator: 'democratic-supervision cases (民主监督) open at the end of the period (or now, for a period not over): opened before it ended, not resolved by then',
    denominator: null,
    source: 'supervision',
  },
];

export function figureDefinition(id: FigureId): FigureDefinition {
  const found = FIGURE_DEFINITIONS.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}
