import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, type StaffPrincipal } from '@shangliang/auth';
import { ConsultationFiguresQueries } from './consultation-figures.queries';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly figures: ConsultationFiguresQueries) {}

  @Get('figures')
  @ApiOperation({ summary: 'Live figures of the caller’s council: consultations by form and outcome, referrals and the departments’ response rate.' })
  get(@CurrentStaff() staff: StaffPrincipal) {
    return this.figures.figures(staff);
  }
}
