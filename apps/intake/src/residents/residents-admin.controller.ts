import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@shangliang/auth';
import { AnonymiseExpiredContactsUseCase } from './anonymise-expired-contacts.usecase';

@ApiTags('residents (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/residents')
export class ResidentsAdminController {
  constructor(private readonly anonymise: AnonymiseExpiredContactsUseCase) {}

  @Post('anonymise-expired')
  @HttpCode(200)
  @ApiOperation({ summary: 'Anonymise now the contacts of residents whose problems have all been closed for the retention period.' })
  anonymiseExpired() {
    return this.anonymise.execute();
  }
}
