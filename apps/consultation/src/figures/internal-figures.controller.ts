import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { Public } from '@shangliang/auth';
import { internalFiguresRequestSchema } from '@shangliang/contracts';
import { InternalRequestGuard } from '@shangliang/http';
import { ReferralFiguresQueries } from './referral-figures.queries';

class InternalFiguresDto extends createZodDto(internalFiguresRequestSchema) {}

/**
 * Internal-only: the supervision service composes the figures and asks consultation for its part
 * (signed by our own services; the web proxy never forwards `/internal`). The caller has already
 * resolved the communities from the staff member's scope; this answers counts only, no text.
 */
@ApiExcludeController()
@Public()
@Controller('internal/figures')
export class InternalFiguresController {
  constructor(private readonly figures: ReferralFiguresQueries) {}

  @Post()
  @HttpCode(200)
  @UseGuards(InternalRequestGuard)
  get(@Body(ZodValidationPipe) body: InternalFiguresDto) {
    return this.figures.figures(body);
  }
}
