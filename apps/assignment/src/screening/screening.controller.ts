import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { notFound } from '@shangliang/http';
import { AssignmentAccess } from '../assignment-access';
import { DecideScreeningDto } from './decide-screening.command';
import { DecideScreeningUseCase } from './decide-screening.usecase';
import { ScreeningRepository } from './screening.repository';

class ScreeningQuery extends createZodDto(z.object({ status: z.enum(['pending', 'suitable', 'unsuitable', 'withdrawn']).optional() })) {}

@ApiTags('screening (定单)')
@ApiBearerAuth()
// Deciding is narrowed further by AssignmentAccess (area, and escalation level for committee/vice-chair).
@Roles('convener', 'group_leader', 'committee', 'vice_chair', 'supervisor', 'admin')
@Controller('screening-items')
export class ScreeningController {
  constructor(
    private readonly screening: ScreeningRepository,
    private readonly access: AssignmentAccess,
    private readonly decide: DecideScreeningUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Problems to screen in your area; overdue ones first.' })
  async list(@Query(ZodValidationPipe) query: ScreeningQuery, @CurrentStaff() staff: StaffPrincipal) {
    return this.screening.list({ status: query.status, communityIds: await this.access.visibleCommunities(staff) });
  }

  @Get(':problemId')
  async get(@Param('problemId', ParseUUIDPipe) problemId: string, @CurrentStaff() staff: StaffPrincipal) {
    const item = await this.screening.find(problemId);
    if (!item) throw notFound('screening item');
    await this.access.assertVisible(staff, item.communityId);
    return item;
  }

  @Roles('convener', 'group_leader', 'committee', 'vice_chair', 'admin')
  @Post(':problemId/decision')
  @ApiOperation({ summary: 'Screen a problem: suitable (with scope and team size) or unsuitable (with reason and referral).' })
  decision(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: DecideScreeningDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.decide.execute(problemId, body, staff);
  }
}
