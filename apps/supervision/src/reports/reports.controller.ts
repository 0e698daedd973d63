import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { figurePeriodFields, figurePeriodFrom } from '@shangliang/contracts';
import { FIGURE_READERS, figuresQuerySchema } from '../figures/figures.controller';
import { type ReportFile, ReportsQueries } from './reports.queries';

class ReportQuery extends createZodDto(figuresQuerySchema) {}
class SiteMeetingQuery extends createZodDto(
  z
    .object({ ...figurePeriodFields, locality: z.string().trim().regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be a locality id') })
    .transform((q, ctx) => ({ period: figurePeriodFrom(q, ctx), locality: q.locality })),
) {}

const file = (report: ReportFile) => new StreamableFile(report.body, { type: report.contentType, disposition: `attachment; filename="${report.filename}"`, length: report.body.length });

/** The documents for the council's leadership, from the same figures as `GET /figures`. */
@ApiTags('reports')
@ApiBearerAuth()
@Roles(...FIGURE_READERS)
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsQueries) {}

  @Get('quarterly.docx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOperation({ summary: 'The quarterly report (季度通报) as Word: figures, trend by month, department league table, typical cases with write-ups.' })
  async quarterly(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: ReportQuery) {
    return file(await this.reports.quarterlyReport(staff, query.period, query.area));
  }

  @Get('site-meeting.docx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOperation({ summary: 'The site-meeting pack (现场会材料) of one locality (`locality=<id>`): its figures, months and typical cases.' })
  async siteMeeting(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: SiteMeetingQuery) {
    return file(await this.reports.siteMeetingPack(staff, query.period, query.locality));
  }

  @Get('figures.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The figures as a workbook: figures, trend by month, department league table.' })
  async figures(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: ReportQuery) {
    return file(await this.reports.figuresWorkbook(staff, query.period, query.area));
  }

  @Get('cases.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The case bank (案例库) as a workbook: the cases archived in the period in the area.' })
  async cases(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: ReportQuery) {
    return file(await this.reports.caseBankWorkbook(staff, query.period, query.area));
  }
}
