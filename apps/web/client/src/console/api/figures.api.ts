import { get, queryString, staffAuth, StaffApiError } from './staff-http';

/** A rate with what it divides (GET /figures); value null: nothing to divide by. */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface FigureSet {
  period: { label: string; from: string; to: string };
  rates: { responseRate: Rate; resolutionRate: Rate; satisfactionRate: Rate; adoptionRate: Rate | null };
  counts: {
    problemsByChannel: Record<'web' | 'hotline' | 'open311' | 'studio' | 'member_visit' | 'total', number> | null;
    consultationsByForm: Record<'micro' | 'thematic' | 'point_to_point' | 'total', number> | null;
    pointToPointConsultations: number | null;
    landAcquisitionRaised: number | null;
    landAcquisitionSettled: number;
    openEscalations: number;
    escalationsOpened: number;
  };
}

export interface AreaView {
  kind: string;
  id: string;
  key: string;
  name: string;
}

export interface Figures extends FigureSet {
  area: AreaView;
  generatedAt: string;
}

export interface LeagueRow {
  rank: number;
  departmentId: string;
  name: string;
  due: number;
  answered: number;
  answeredOnTime: number;
  responseRate: number | null;
  medianResponseHours: number | null;
}

export interface Trend {
  months: FigureSet[];
}

export interface AreaChoice {
  key: string;
  kind: string;
  name: string;
}

/** `period=2026-Q3`, or `from`/`to` days; and `area=kind:id` (empty: the caller's own). */
export interface FigureQuery {
  period?: string;
  from?: string;
  to?: string;
  area?: string;
}

export const figuresApi = {
  figures: (q: FigureQuery, signal?: AbortSignal) => get<Figures>('supervision', `/figures${queryString({ ...q })}`, signal),
  trend: (q: FigureQuery, signal?: AbortSignal) => get<Trend>('supervision', `/figures/trend${queryString({ ...q })}`, signal),
  departments: (q: FigureQuery, signal?: AbortSignal) => get<{ departments: LeagueRow[] }>('supervision', `/figures/departments${queryString({ ...q })}`, signal),
  areas: () => get<{ areas: AreaChoice[] }>('supervision', '/figures/areas'),
};

/** The files behind the report buttons (GET /figures.csv, /reports/*). */
export const REPORT_FILES = ['reports/quarterly.docx', 'reports/site-meeting.docx', 'reports/figures.xlsx', 'reports/cases.xlsx', 'figures.csv'] as const;
export type ReportFile = (typeof REPORT_FILES)[number];

/**
 * Downloads a report: a link cannot send the bearer token, so the console fetches the file and
 * hands the browser the bytes under the name the service gave.
 */
export async function downloadReport(file: ReportFile, query: Record<string, string | undefined>): Promise<void> {
  const token = staffAuth.token();
  const res = await fetch(`/api/staff/supervision/${file}${queryString(query)}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, credentials: 'omit' });
  if (!res.ok) throw new StaffApiError(res.status, null);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? file.split('/').pop()!;
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
