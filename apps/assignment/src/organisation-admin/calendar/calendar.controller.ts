import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { STAFF_ROLES } from '@shangliang/contracts';
import { WorkCalendarSource } from '@shangliang/organisation';
import { AddCalendarAdjustmentDto } from './calendar-adjustment.commands';
import { CalendarAdjustmentsUseCases } from './calendar-adjustments.usecases';

class YearQuery extends createZodDto(z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict()) {}

@ApiTags('working-day calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(
    private readonly adjustments: CalendarAdjustmentsUseCases,
    private readonly calendars: WorkCalendarSource,
  ) {}

  @Roles(...STAFF_ROLES)
  @Get('calendar/status')
  @ApiOperation({ summary: 'Which years the working-day calendar covers, and the warning from 1 December while next year is missing.' })
  status(@CurrentStaff() staff: StaffPrincipal) {
    return this.calendars.status(staff.councilId);
  }

  @Roles('admin')
  @Get('admin/calendar')
  @ApiOperation({ summary: "A year's national holidays and worked weekend days (调休), with the council's own adjustments." })
  year(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: YearQuery) {
    return this.adjustments.year(staff, query.year ?? new Date(Date.now() + 480 * 60_000).getUTCFullYear());
  }

  @Roles('admin')
  @Post('admin/calendar/adjustments')
  @ApiOperation({ summary: 'Add a local holiday or worked day (audited); applies to problems raised from now on.' })
  add(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: AddCalendarAdjustmentDto) {
    return this.adjustments.add(staff, body);
  }

  @Roles('admin')
  @Delete('admin/calendar/adjustments/:id')
  remove(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string) {
    return this.adjustments.remove(staff, id);
  }
}
