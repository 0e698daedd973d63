import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
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
  ) {}

  @Roles('convener', 'admin')
  @Post('activities')
  @ApiOperation({ summary: 'Record a convener activity (site meeting, thematic consultation, studio reception…).' })
  recordActivity(@Body(ZodValidationPipe) body: RecordActivityDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.record.execute(body, staff);
  }

  @Roles('admin', 'supervisor', 'vice_chair', 'committee', 'group_leader', 'convener')
  @Get('dashboard/cadence')
  @ApiOperation({ summary: 'Who is behind the cadence rule (streets every 2 months, townships every quarter; groups in their communities).' })
  report(@CurrentStaff() staff: StaffPrincipal) {
    return this.cadence.report(staff);
  }
}
