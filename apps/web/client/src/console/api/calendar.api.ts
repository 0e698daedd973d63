import { del, get, post } from './staff-http';

export interface CalendarStatus {
  years: { year: number; source: 'national' | 'local' | 'missing' }[];
  warning: { year: number; zh: string; en: string } | null;
}

export interface CalendarAdjustment {
  id: string;
  date: string;
  kind: 'holiday' | 'workday';
  reason: string;
  createdBy: string;
  createdAt: string;
}

export interface CalendarYear {
  year: number;
  national: { holidays: string[]; workdays: string[] };
  adjustments: CalendarAdjustment[];
  status: CalendarStatus;
}

/** The working-day calendar deadlines are counted on (assignment service). */
export const calendarApi = {
  status: () => get<CalendarStatus>('assignment', '/calendar/status'),
  year: (year: number) => get<CalendarYear>('assignment', `/admin/calendar?year=${year}`),
  add: (input: { date: string; kind: 'holiday' | 'workday'; reason: string }) => post<CalendarAdjustment>('assignment', '/admin/calendar/adjustments', input),
  remove: (id: string) => del<{ id: string; removed: true }>('assignment', `/admin/calendar/adjustments/${encodeURIComponent(id)}`),
};
