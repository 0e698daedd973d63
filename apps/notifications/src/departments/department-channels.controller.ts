import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { DepartmentChannelsDto } from './department-channels.command';
import { DepartmentChannelsUseCase } from './department-channels.usecase';
import { DepartmentIdPipe } from './department-id.pipe';

/** Admins configure how each of their council's departments is told (audited). */
@ApiTags('notifications (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/notifications/departments')
export class DepartmentChannelsController {
  constructor(private readonly channels: DepartmentChannelsUseCase) {}

  @Get(':departmentId/channels')
  @ApiOperation({ summary: "A department's channels: e-mail, the head's mobile for texts, its OA or WeCom webhook (the secret is never shown)." })
  get(@Param('departmentId', DepartmentIdPipe) departmentId: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.channels.get(staff, departmentId);
  }

  @Put(':departmentId/channels')
  @ApiOperation({ summary: "Set a department's channels (null turns one off). Audited." })
  put(@Param('departmentId', DepartmentIdPipe) departmentId: string, @Body(ZodValidationPipe) body: DepartmentChannelsDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.channels.put(staff, departmentId, body);
  }
}
