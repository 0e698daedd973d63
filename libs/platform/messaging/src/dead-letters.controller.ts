import { Controller, Get, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@shangliang/auth';
import { DeadLetters } from './dead-letters';

/** Admins see the outbox's dead letters with their last error, and re-drive them. */
@ApiTags('outbox (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/outbox/dead-letters')
export class DeadLettersController {
  constructor(@Inject(DeadLetters) private readonly deadLetters: DeadLetters) {}

  @Get()
  @ApiOperation({ summary: 'Messages that failed to publish too often and are no longer tried, newest first.' })
  list() {
    return this.deadLetters.list();
  }

  @Post(':id/redrive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Try a dead letter again from the start (its sender publishes it within a second).' })
  async redrive(@Param('id', new ParseUUIDPipe()) id: string) {
    if (!(await this.deadLetters.redrive(id))) throw new NotFoundException(`No dead letter ${id}`);
    return { id, redriven: true };
  }
}
