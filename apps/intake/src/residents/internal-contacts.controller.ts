import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Public } from '@shangliang/auth';
import { InternalRequestGuard } from '@shangliang/http';
import { ResidentContactResolution } from './resident-contact-resolution';

class ResolveContactDto extends createZodDto(
  z.object({ reporterId: z.string().uuid(), problemId: z.string().uuid().optional() }).strict(),
) {}

/** Internal-only (signed by our own services; the web proxy never forwards `/internal`). */
@ApiExcludeController()
@Public()
@Controller('internal/resident-contacts')
export class InternalContactsController {
  constructor(private readonly resolution: ResidentContactResolution) {}

  @Post('resolve')
  @HttpCode(200)
  @UseGuards(InternalRequestGuard)
  resolve(@Body() body: ResolveContactDto) {
    return this.resolution.resolve(body.reporterId, body.problemId);
  }
}
