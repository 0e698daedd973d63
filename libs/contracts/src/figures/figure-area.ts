/**
 * The area figures are counted over (统计范围): the whole council, a township or street
 * (locality), a community, a member group (its community), or a department (its referrals,
 * cases and escalations within the caller's scope). Written `kind:id`, e.g. `locality:loc-003`.
 */
export const FIGURE_AREA_KINDS = ['council', 'locality', 'community', 'group', 'department'] as const;
export type FigureAreaKind = (typeof FIGURE_AREA_KINDS)[number];

export interface FigureAreaRef {
  kind: FigureAreaKind;
  id: string;
}

export function parseFigureArea(text: string): FigureAreaRef | null {
  const m = /^(council|locality|community|group|department):([A-Za-z0-9_-]{1,32})$/.exec(text);
  return m ? { kind: m[1] as FigureAreaKind, id: m[2] } : null;
}

export const formatFigureArea = (area: FigureAreaRef) => `${area.kind}:${area.id}`;
