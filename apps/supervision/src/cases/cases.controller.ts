import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CONSULTATION_OUTCOMES, PROBLEM_CATEGORIES } from '@shangliang/contracts';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ApiCappedListResponse } from '@shangliang/http';
import { calendarDateSchema } from '../calendar-date';
import { CaseQueries } from './case.queries';
import { CASE_TOTAL_CAP } from './case.repository';
import { UpdateCaseDto } from './update-case.command';
import { UpdateCaseUseCase } from './update-case.usecase';

const searchQuerySchema = z.object({
  category: z.enum(PROBLEM_CATEGORIES).optional(),
  communityId: z.string().trim().min(1).max(32).optional(),
  typical: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  localityId: z.string().trim().min(1).max(32).optional(),
  outcome: z.enum(CONSULTATION_OUTCOMES).optional(),
  imported: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Settled within [from, to), China calendar days. */
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
}).refine((s) => !s.from || !s.to || s.from < s.to, { message: 'must be after from', path: ['to'] });
class SearchCasesQuery extends createZodDto(searchQuerySchema) {}

@ApiTags('case bank')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly queries: CaseQueries,
    private readonly updateCase: UpdateCaseUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search the case bank (解决问题案例库): text in title, write-up and outcome note (Chinese, ranked), by category, community or locality, outcome, settled period, typical, imported. The total is counted up to a cap (totalIsLowerBound).' })
  @ApiCappedListResponse('cases, best match first (newest first without a text query)', CASE_TOTAL_CAP)
  search(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: SearchCasesQuery) {
    return this.queries.search(query, staff);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One case.' })
  get(@CurrentStaff() staff: StaffPrincipal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.get(id, staff);
  }

  @Roles('supervisor', 'convener', 'admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Write a case up, or mark it typical for the quarterly convener site meeting (现场会). Conveners edit cases of their area.' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: UpdateCaseDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.updateCase.execute(id, body, staff);
  }
}
