import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SupervisionFiguresQueries } from './supervision-figures.queries';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly figures: SupervisionFiguresQueries) {}

  @Get('figures')
  @ApiOperation({ summary: 'Live figures: cases archived (by outcome and category), democratic supervision, call-backs and the satisfaction rate.' })
  get() {
    return this.figures.figures();
  }
}
