import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ApiCappedListResponse } from '@shangliang/http';
import { TOTAL_CAP } from '@shangliang/persistence';
import { FollowUpQueries } from './follow-up.queries';
import { CallBackAttemptDto, RecordFollowUpDto } from './record-follow-up.command';
import { RecordFollowUpUseCase } from './record-follow-up.usecase';

const listQuerySchema = z.object({
  status: z.enum(['pending', 'recorded']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
class ListFollowUpsQuery extends createZodDto(listQuerySchema) {}

/** Staff who call residents back (回访); conveners and group leaders within their area. */
@ApiTags('follow-ups')
@ApiBearerAuth()
@Roles('supervisor', 'convener', 'group_leader', 'admin')
@Controller('follow-ups')
export class FollowUpsController {
  constructor(
    private readonly queries: FollowUpQueries,
    private readonly recordFollowUp: RecordFollowUpUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Call-backs to residents (回访), earliest deadline first. The total is counted up to a cap (totalIsLowerBound).' })
  @ApiCappedListResponse('call-backs, earliest deadline first', TOTAL_CAP)
  list(@Query(ZodValidationPipe) query: ListFollowUpsQuery, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.list(query, staff);
  }

  @Post(':problemId')
  @HttpCode(201)
  @ApiOperation({ summary: "Record the resident's satisfaction after the call-back; the problem is then archived as a case. Once per problem." })
  record(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: RecordFollowUpDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.recordFollowUp.execute(problemId, body, staff);
  }

  @Post(':problemId/attempts')
  @HttpCode(201)
  @ApiOperation({ summary: 'A call-back that reached nobody; after the attempts the policy allows the problem is archived as not reached (未联系上).' })
  attempt(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: CallBackAttemptDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.recordFollowUp.attempt(problemId, body, staff);
  }
}
