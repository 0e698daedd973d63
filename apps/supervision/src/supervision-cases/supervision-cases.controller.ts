import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ResolveSupervisionCaseUseCase } from './resolve-supervision-case.usecase';
import { SupervisionCaseQueries } from './supervision-case.queries';

const listQuerySchema = z.object({
  status: z.enum(['open', 'resolved']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
class ListSupervisionCasesQuery extends createZodDto(listQuerySchema) {}

const resolveSchema = z.object({ resolution: z.string().trim().min(1).max(8000) }).strict();
class ResolveSupervisionCaseDto extends createZodDto(resolveSchema) {}

@ApiTags('democratic supervision')
@ApiBearerAuth()
@Controller('supervision-cases')
export class SupervisionCasesController {
  constructor(
    private readonly queries: SupervisionCaseQueries,
    private readonly resolveCase: ResolveSupervisionCaseUseCase,
  ) {}

  @Roles('supervisor', 'admin', 'vice_chair')
  @Get()
  @ApiOperation({ summary: 'Democratic-supervision cases (民主监督), oldest first; a vice-chair sees those of their communities.' })
  list(@Query(ZodValidationPipe) query: ListSupervisionCasesQuery, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.list(query, staff);
  }

  @Roles('supervisor', 'admin', 'vice_chair')
  @Get(':id')
  @ApiOperation({ summary: 'One democratic-supervision case.' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.get(id, staff);
  }

  @Roles('supervisor', 'admin')
  @Post(':id/resolution')
  @HttpCode(201)
  @ApiOperation({ summary: 'Resolve a democratic-supervision case; the problem moves on to follow-up. Once per case.' })
  resolve(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: ResolveSupervisionCaseDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.resolveCase.execute(id, body, staff);
  }
}
