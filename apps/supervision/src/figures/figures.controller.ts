import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { FIGURE_DEFINITIONS, figurePeriodFields, figurePeriodFrom } from '@shangliang/contracts';
import { figuresCsv } from './figure-rows';
import { FigureScope } from './figure-scope';
import { FiguresQueries } from './figures.queries';

/** `?period=2026-Q3` (or `from`/`to` days, both included; default: this quarter) and `area=kind:id` (default: the caller's own). */
export const figuresQuerySchema = z
  .object({ ...figurePeriodFields, area: z.string().trim().max(80).optional() })
  .transform((q, ctx) => ({ period: figurePeriodFrom(q, ctx), area: q.area }));
class FiguresQuery extends createZodDto(figuresQuerySchema) {}

/** Everyone but departments: they work their own referrals' clocks (see FigureScope). */
export const FIGURE_READERS = ['admin', 'supervisor', 'committee', 'vice_chair', 'convener', 'group_leader', 'member'] as const;

@ApiTags('figures')
@ApiBearerAuth()
@Roles(...FIGURE_READERS)
@Controller()
export class FiguresController {
  constructor(
    private readonly figures: FiguresQueries,
    private readonly scope: FigureScope,
  ) {}

  @Get('figures')
  @ApiOperation({ summary: 'The programme’s figures (响应率, 解决率, 满意率, 采纳率 and the counts) for one period and area within the caller’s scope, each rate with its numerator and denominator.' })
  get(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: FiguresQuery) {
    return this.figures.figures(staff, query.period, query.area);
  }

  @Get('figures.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same figures as CSV: one line per figure (and per channel and form), with value, numerator and denominator.' })
  async csv(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: FiguresQuery): Promise<string> {
    const answer = await this.figures.figures(staff, query.period, query.area);
    return figuresCsv([{ set: answer, area: answer.area }]);
  }

  @Get('figures/trend')
  @ApiOperation({ summary: 'The same figures month by month over the period (Beijing months, cut to the period; at most 36).' })
  trend(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: FiguresQuery) {
    return this.figures.trend(staff, query.period, query.area);
  }

  @Get('figures/departments')
  @ApiOperation({ summary: 'The department league table (部门排名): response rate and median hours from referral to first answer, best first.' })
  departments(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: FiguresQuery) {
    return this.figures.departments(staff, query.period, query.area);
  }

  @Get('figures/areas')
  @ApiOperation({ summary: 'The areas the caller may ask for (`area=` values): their own first, then the localities, communities, groups and departments within it.' })
  async areas(@CurrentStaff() staff: StaffPrincipal) {
    return { areas: await this.scope.choices(staff) };
  }

  @Get('figures/definitions')
  @ApiOperation({ summary: 'What each figure counts (the one definition the API, console and reports use).' })
  definitions() {
    return { figures: FIGURE_DEFINITIONS };
  }
}
