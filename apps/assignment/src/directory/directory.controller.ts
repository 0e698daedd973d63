import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, type StaffPrincipal } from '@shangliang/auth';
import { OrganisationDirectory } from '@shangliang/organisation';

/** Reference data every member of staff needs (not the admin API). */
@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(private readonly directory: OrganisationDirectory) {}

  @Get('departments')
  @ApiOperation({ summary: 'The departments of your council (id, code, name), e.g. to refer a problem to one.' })
  departments(@CurrentStaff() staff: StaffPrincipal) {
    return this.directory.departments(staff.councilId);
  }
}
