import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { CadenceCheckUseCase } from './cadence-check.usecase';
import { CadenceQueries } from './cadence.queries';
import { RecordActivityDto } from './record-activity.command';
import { RecordActivityUseCase } from './record-activity.usecase';

@ApiTags('cadence (召集人活动)')
@ApiBearerAuth()
@Controller()
export class CadenceController {
  constructor(
    private readonly record: RecordActivityUseCase,
    private readonly cadence: CadenceQueries,
    private readonly checks: CadenceCheckUseCase,
  ) {}

  @Roles('convener', 'admin')
  @Post('activities')
  @ApiOperation({ summary: 'Record a convener activity (site meeting, thematic consultation, studio reception…).' })
  recordActivity(@Body(ZodValidationPipe) body: RecordActivityDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.record.execute(body, staff);
  }

  @Roles('admin', 'supervisor', 'vice_chair', 'committee', 'group_leader', 'convener')
  @Get('dashboard/cadence')
  @ApiOperation({ summary: 'Who is behind the cadence rule this calendar period (streets every 2 months, townships every quarter, groups every 2 months in their communities), and the last daily check.' })
  async report(@CurrentStaff() staff: StaffPrincipal) {
    const [report, lastCheck] = await Promise.all([this.cadence.report(staff), this.checks.latest(staff.councilId)]);
    return { ...report, lastCheck };
  }
}
