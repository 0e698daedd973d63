import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { SUPERVISION_CASE_KINDS } from '@shangliang/contracts';
import { ApiCappedListResponse } from '@shangliang/http';
import { TOTAL_CAP } from '@shangliang/persistence';
import { ActOnSupervisionCaseUseCase, AnswerSupervisionNoticeUseCase } from './act-on-supervision-case.usecase';
import { NoticeAnswerDto, supervisionActionSchema, type SupervisionActionCommand } from './supervision-action.command';
import { ResolveSupervisionCaseUseCase } from './resolve-supervision-case.usecase';
import { SupervisionCaseQueries } from './supervision-case.queries';

const listQuerySchema = z.object({
  status: z.enum(['open', 'resolved']).optional(),
  kind: z.enum(SUPERVISION_CASE_KINDS).optional(),
  level: z.enum(['supervision', 'leadership']).optional(),
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
    private readonly act: ActOnSupervisionCaseUseCase,
  ) {}

  @Roles('supervisor', 'admin', 'vice_chair')
  @Get()
  @ApiOperation({ summary: 'Democratic-supervision cases (民主监督), oldest first; a vice-chair sees those of their communities. The total is counted up to a cap (totalIsLowerBound).' })
  @ApiCappedListResponse('democratic-supervision cases, oldest first', TOTAL_CAP)
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

  @Roles('supervisor', 'admin', 'vice_chair')
  @Post(':id/actions')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Act on a supervision case: a supervision notice (督办函) with its own deadline, a point-to-point consultation (点对点协商) with the department, a finding, closing it; on repeated dissatisfaction, another round or archiving it unresolved. A vice-chair acts once the case has risen to the leadership.',
  })
  actOn(@Param('id', ParseUUIDPipe) id: string, @Body(new ZodValidationPipe(supervisionActionSchema)) body: SupervisionActionCommand, @CurrentStaff() staff: StaffPrincipal) {
    return this.act.execute(id, body, staff);
  }
}

/** The department's side of democratic supervision: the notices (督办函) it must answer. */
@ApiTags('democratic supervision')
@ApiBearerAuth()
@Roles('department')
@Controller('supervision-notices')
export class SupervisionNoticesController {
  constructor(
    private readonly queries: SupervisionCaseQueries,
    private readonly answer: AnswerSupervisionNoticeUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: "The caller's department's supervision notices still waiting for its answer, earliest deadline first." })
  list(@CurrentStaff() staff: StaffPrincipal) {
    return this.queries.noticesFor(staff);
  }

  @Post(':id/answer')
  @HttpCode(201)
  @ApiOperation({ summary: 'The department answers a supervision notice before its deadline (once).' })
  answerNotice(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: NoticeAnswerDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.answer.execute(id, body, staff);
  }
}
