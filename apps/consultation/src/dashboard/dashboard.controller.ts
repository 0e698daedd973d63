import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsultationFiguresQueries } from './consultation-figures.queries';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly figures: ConsultationFiguresQueries) {}

  @Get('figures')
  @ApiOperation({ summary: 'Live figures: consultations by form and outcome, referrals and the departments’ response rate.' })
  get() {
    return this.figures.figures();
  }
}
