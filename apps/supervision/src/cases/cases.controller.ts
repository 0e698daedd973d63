import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CONSULTATION_OUTCOMES, PROBLEM_CATEGORIES } from '@shangliang/contracts';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { CaseQueries } from './case.queries';
import { UpdateCaseDto } from './update-case.command';
import { UpdateCaseUseCase } from './update-case.usecase';

const searchQuerySchema = z.object({
  category: z.enum(PROBLEM_CATEGORIES).optional(),
  communityId: z.string().trim().min(1).max(32).optional(),
  typical: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  outcome: z.enum(CONSULTATION_OUTCOMES).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
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
  @ApiOperation({ summary: 'Search the case bank (解决问题案例库): by category, community, outcome, typical, and text in title, write-up or reference.' })
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
