import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Public, Roles, type StaffPrincipal } from '@shangliang/auth';
import { PublicIntakeRateLimit } from '../rate-limits/rate-limit.guard';
import { ResidentWaitUseCase } from './resident-wait.usecase';

class PauseDto extends createZodDto(z.object({ reason: z.string().trim().min(2).max(200) }).strict()) {}
class ReplyDto extends createZodDto(z.object({ message: z.string().trim().min(1).max(2000) }).strict()) {}

@ApiTags('problems')
@Controller()
export class ResidentWaitController {
  constructor(private readonly wait: ResidentWaitUseCase) {}

  @ApiBearerAuth()
  @Roles('convener', 'group_leader', 'member', 'supervisor', 'admin')
  @Post('problems/:id/awaiting-resident')
  @HttpCode(202)
  @ApiOperation({ summary: 'The stage waits on the resident (say for what): its deadline stops until they reply.' })
  pause(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: PauseDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.wait.pause(id, body.reason, staff);
  }

  @ApiBearerAuth()
  @Roles('convener', 'group_leader', 'member', 'supervisor', 'admin')
  @Post('problems/:id/resident-replied')
  @HttpCode(202)
  @ApiOperation({ summary: 'The resident answered (by phone, in person): the deadline runs again.' })
  resume(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.wait.resumeByStaff(id, staff);
  }

  @Public()
  @Post('public/problems/:trackingCode/reply')
  @PublicIntakeRateLimit()
  @HttpCode(202)
  @ApiOperation({ summary: 'The resident answers what staff asked, on the tracking page; the deadline runs again.' })
  reply(@Param('trackingCode') trackingCode: string, @Body(ZodValidationPipe) body: ReplyDto) {
    return this.wait.reply(trackingCode, body.message);
  }
}
