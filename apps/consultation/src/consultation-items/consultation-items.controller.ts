import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ApiCappedListResponse } from '@shangliang/http';
import { TOTAL_CAP } from '@shangliang/persistence';
import { ConsultationItemQueries } from './consultation-item.queries';
import { RecordConsultationDto } from './record-consultation.command';
import { RecordConsultationUseCase } from './record-consultation.usecase';
import { ChangeTeamDto, ChangeTeamUseCase } from './change-team.usecase';

const listQuerySchema = z.object({
  status: z.enum(['open', 'concluded']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
class ListItemsQuery extends createZodDto(listQuerySchema) {}

@ApiTags('consultation items')
@ApiBearerAuth()
@Roles('admin', 'supervisor', 'vice_chair', 'committee', 'group_leader', 'convener', 'member')
@Controller('consultation-items')
export class ConsultationItemsController {
  constructor(
    private readonly queries: ConsultationItemQueries,
    private readonly recordConsultation: RecordConsultationUseCase,
    private readonly changeTeam: ChangeTeamUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Consultation items the caller may see: their team’s, or their area’s (协商解单). The total is counted up to a cap (totalIsLowerBound).' })
  @ApiCappedListResponse('consultation items, earliest deadline first', TOTAL_CAP)
  list(@Query(ZodValidationPipe) query: ListItemsQuery, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.list(query, staff);
  }

  @Get(':problemId')
  @ApiOperation({ summary: 'One consultation item with its consultations, referrals and the escalation rungs notified.' })
  get(@Param('problemId', ParseUUIDPipe) problemId: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.get(problemId, staff);
  }

  @Post(':problemId/consultations')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record the consultation and its outcome (solved, explained, or referred to a department). Team members or admins; once per item.',
  })
  record(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: RecordConsultationDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.recordConsultation.execute(problemId, body, staff);
  }

  @Roles('admin', 'group_leader')
  @Post(':problemId/team')
  @HttpCode(200)
  @ApiOperation({ summary: "A reopened item goes back to the same team unless the community's group leader changes it here (members of the group, one leading)." })
  team(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: ChangeTeamDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.changeTeam.execute(problemId, body, staff);
  }
}
