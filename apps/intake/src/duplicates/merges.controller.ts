import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { MergeProblemsUseCase } from './merge-problems.usecase';

const reason = z.string().trim().min(2).max(500);
class MergeDto extends createZodDto(z.object({ targetProblemId: z.uuid(), reason }).strict()) {}
class UnmergeDto extends createZodDto(z.object({ reason }).strict()) {}

@ApiTags('problems')
@ApiBearerAuth()
@Roles('convener', 'group_leader', 'admin')
@Controller('problems/:id')
export class MergesController {
  constructor(private readonly merges: MergeProblemsUseCase) {}

  @Post('merge')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask to merge this duplicate (not yet screened) into an open problem, with a reason (并单); its workflow decides.' })
  merge(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: MergeDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.merges.merge(id, body.targetProblemId, body.reason, staff);
  }

  @Post('unmerge')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask to undo a merge, with a reason: the problem is then screened on its own again.' })
  unmerge(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: UnmergeDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.merges.unmerge(id, body.reason, staff);
  }
}
