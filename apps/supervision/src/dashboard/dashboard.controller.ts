import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, type StaffPrincipal } from '@shangliang/auth';
import { SupervisionFiguresQueries } from './supervision-figures.queries';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly figures: SupervisionFiguresQueries) {}

  @Get('figures')
  @ApiOperation({ summary: 'Live figures of the caller’s council: cases archived (by outcome and category), democratic supervision, call-backs and the satisfaction rate.' })
  get(@CurrentStaff() staff: StaffPrincipal) {
    return this.figures.figures(staff);
  }
}
