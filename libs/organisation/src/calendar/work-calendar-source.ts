import { Injectable } from '@nestjs/common';
import type { WorkCalendar } from '@shangliang/contracts';
import { PrismaService } from '@shangliang/persistence';
import { type CalendarAdjustmentView, type CalendarStatus, calendarStatus, councilCalendar } from './work-calendar';

const CACHE_MS = 30_000;
const DAY_MS = 86_400_000;

/**
 * The working-day calendar a new problem's deadlines are counted on: the national calendar
 * plus its council's adjustments, cut to the dates the problem can still need so the workflow
 * input stays small. The workflow gets it in its input, so replay never depends on when (or
 * whether) an admin changes the calendar later.
 */
@Injectable()
export class WorkCalendarSource {
  private readonly cache = new Map<string, { at: number; adjustments: CalendarAdjustmentView[] }>();
  /** Built calendars by council and date range, valid while their adjustments are the cached ones. */
  private readonly calendars = new Map<string, { adjustments: CalendarAdjustmentView[]; calendar: WorkCalendar }>();
  private readonly councils = new Map<string, { at: number; councilId: string | null }>();

  constructor(private readonly prisma: PrismaService) {}

  /**
   * Every problem submitted on one day in one council gets the same calendar, so it is built
   * once per council and day (and rebuilt when the council's adjustments are re-read): building
   * two years of dates for each new problem was a tenth of the worker's CPU under load.
   */
  async forCommunity(communityId: string, from: Date): Promise<WorkCalendar> {
    const councilId = await this.councilOf(communityId);
    const adjustments = councilId ? await this.adjustments(councilId) : [];
    const first = new Date(from.getTime() - 31 * DAY_MS).toISOString().slice(0, 10);
    const last = new Date(from.getTime() + 2 * 365 * DAY_MS).toISOString().slice(0, 10);
    const key = `${councilId ?? ''}|${first}|${last}`;
    const cached = this.calendars.get(key);
    if (cached && cached.adjustments === adjustments) return cached.calendar;
    const calendar = councilCalendar(first, last, adjustments);
    if (this.calendars.size >= 1_000) this.calendars.clear();
    this.calendars.set(key, { adjustments, calendar });
    return calendar;
  }

  private async councilOf(communityId: string): Promise<string | null> {
    const cached = this.councils.get(communityId);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.councilId;
    const community = await this.prisma.community.findUnique({ where: { id: communityId }, select: { locality: { select: { councilId: true } } } });
    const councilId = community?.locality.councilId ?? null;
    if (this.councils.size >= 10_000) this.councils.clear();
    this.councils.set(communityId, { at: Date.now(), councilId });
    return councilId;
  }

  async status(councilId: string, now = new Date()): Promise<CalendarStatus> {
    return calendarStatus(now, await this.adjustments(councilId, { fresh: true }));
  }

  /** The councils whose calendar warns now (for the operators' log). */
  async warnings(now = new Date()): Promise<{ councilId: string; warning: NonNullable<CalendarStatus['warning']> }[]> {
    const councils = await this.prisma.council.findMany({ select: { id: true } });
    const found: { councilId: string; warning: NonNullable<CalendarStatus['warning']> }[] = [];
    for (const { id } of councils) {
      const { warning } = await this.status(id, now);
      if (warning) found.push({ councilId: id, warning });
    }
    return found;
  }

  private async adjustments(councilId: string, options: { fresh?: boolean } = {}): Promise<CalendarAdjustmentView[]> {
    const cached = this.cache.get(councilId);
    if (cached && !options.fresh && Date.now() - cached.at < CACHE_MS) return cached.adjustments;
    const rows = await this.prisma.calendarAdjustment.findMany({ where: { councilId }, select: { date: true, kind: true } });
    const adjustments = rows.map((r) => ({ date: r.date, kind: r.kind === 'workday' ? ('workday' as const) : ('holiday' as const) }));
    this.cache.set(councilId, { at: Date.now(), adjustments });
    return adjustments;
  }
}
