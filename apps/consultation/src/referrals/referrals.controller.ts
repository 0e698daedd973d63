import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ApiCappedListResponse } from '@shangliang/http';
import { TOTAL_CAP } from '@shangliang/persistence';
import { REFERRAL_STATUSES } from '../referral-steps/referral-status';
import { ReferralQueries } from './referral.queries';

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
import { RespondToReferralUseCase } from './respond-to-referral.usecase';

const listQuerySchema = z.object({
  status: z.enum(REFERRAL_STATUSES).optional(),
  /** Only what waits on the team lead: a return, a completion or an extension request. */
  awaitingLead: booleanQuery.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
class ListReferralsQuery extends createZodDto(listQuerySchema) {}

const respondSchema = z.object({ response: z.string().trim().min(1).max(8000) }).strict();
class RespondToReferralDto extends createZodDto(respondSchema) {}

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly queries: ReferralQueries,
    private readonly respondToReferral: RespondToReferralUseCase,
  ) {}

  @Roles('department', 'supervisor', 'admin', 'member', 'group_leader')
  @Get()
  @ApiOperation({
    summary:
      "Referrals with their steps and the escalation rungs notified so far: a department sees its own, a team lead its items', supervisors and admins all. The total is counted up to a cap (totalIsLowerBound).",
  })
  @ApiCappedListResponse('referrals, earliest deadline first', TOTAL_CAP)
  list(@Query(ZodValidationPipe) query: ListReferralsQuery, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.list(query, staff);
  }

  @Roles('department', 'supervisor', 'admin', 'member', 'group_leader')
  @Get(':id')
  @ApiOperation({ summary: 'One referral with its problem reference, steps, evidence photos and escalation rungs.' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.get(id, staff);
  }

  @Roles('department', 'admin')
  @Post(':id/response')
  @HttpCode(201)
  @ApiOperation({ summary: "The department's answer to a referral; stops the escalation ladder. Once per referral." })
  respond(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: RespondToReferralDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.respondToReferral.execute(id, body, staff);
  }
}
