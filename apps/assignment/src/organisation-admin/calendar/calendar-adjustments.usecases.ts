import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { conflict, notFound } from '@shangliang/http';
import { nationalCalendar, WorkCalendarSource } from '@shangliang/organisation';
import { isUniqueViolation, PrismaService } from '@shangliang/persistence';
import { audit } from '../organisation-audit';
import type { AddCalendarAdjustmentDto } from './calendar-adjustment.commands';

const VIEW = { id: true, date: true, kind: true, reason: true, createdBy: true, createdAt: true } as const;

/**
 * A council's own working-day calendar: admins lay local holidays and worked days over the
 * national one (and enter next year's dates when the notice is out before the package has
 * them). Every change is audited; it applies to problems raised after it (a running problem
 * keeps the calendar it started with, so its history replays the same).
 */
@Injectable()
export class CalendarAdjustmentsUseCases {
  constructor(
    private readonly prisma: PrismaService,
    private readonly calendars: WorkCalendarSource,
  ) {}

  async list(staff: StaffPrincipal, year?: number) {
    const adjustments = await this.prisma.calendarAdjustment.findMany({
      where: { councilId: staff.councilId, ...(year ? { date: { startsWith: `${year}-` } } : {}) },
      select: VIEW,
      orderBy: { date: 'asc' },
    });
    return { adjustments, status: await this.calendars.status(staff.councilId) };
  }

  /** The year's national exceptions and the council's, for the console's calendar view. */
  async year(staff: StaffPrincipal, year: number) {
    const national = nationalCalendar(`${year}-01-01`, `${year}-12-31`);
    const { adjustments, status } = await this.list(staff, year);
    return { year, national: { holidays: national.holidays, workdays: national.workdays }, adjustments, status };
  }

  async add(staff: StaffPrincipal, input: AddCalendarAdjustmentDto) {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const created = await tx.calendarAdjustment.create({
          data: { id: `cadj-${randomBytes(6).toString('hex')}`, councilId: staff.councilId, date: input.date, kind: input.kind, reason: input.reason, createdBy: staff.staffId },
          select: VIEW,
        });
        await audit(tx, staff, 'create', 'calendar_adjustment', created.id, null, created);
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`${input.date} is already adjusted; remove that entry first`, 'conflict');
      throw error;
    }
  }

  async remove(staff: StaffPrincipal, id: string) {
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.calendarAdjustment.findFirst({ where: { id, councilId: staff.councilId }, select: VIEW });
      if (!existing) throw notFound('calendar adjustment');
      await tx.calendarAdjustment.delete({ where: { id } });
      await audit(tx, staff, 'delete', 'calendar_adjustment', id, existing, null);
      return { id, removed: true };
    });
  }
}
