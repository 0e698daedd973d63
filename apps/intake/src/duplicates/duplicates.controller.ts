import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CLIENT_ADDRESS, type ClientAddressOf } from '@shangliang/http';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { type ProblemStage, STAGE_LABELS } from '@shangliang/contracts';
import { Public } from '@shangliang/auth';
import { boundIdempotencyKey } from '../problems/idempotency-key';
import { submitProblemSchema } from '../problems/submit-problem.command';
import { PublicIntakeRateLimit } from '../rate-limits/rate-limit.guard';
import { DuplicateFinder } from './duplicate-finder';
import { JoinProblemUseCase } from './join-problem.usecase';

class SimilarQueryDto extends createZodDto(
  z
    .object({
      communityId: z.string().trim().min(1).max(32),
      title: z.string().trim().max(200).default(''),
      description: z.string().trim().min(2).max(4000),
      location: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict().optional(),
    })
    .strict(),
) {}
class JoinDto extends createZodDto(z.object({ contact: submitProblemSchema.shape.contact }).strict()) {}

@ApiTags('public')
@Controller('public/problems')
export class DuplicatesController {
  constructor(
    private readonly finder: DuplicateFinder,
    private readonly join: JoinProblemUseCase,
    @Inject(CLIENT_ADDRESS) private readonly addressOf: ClientAddressOf,
  ) {}

  @Public()
  @Post('similar')
  @PublicIntakeRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: 'Likely duplicates among open problems of the community, before submitting a new one.' })
  async similar(@Body(ZodValidationPipe) body: SimilarQueryDto) {
    const found = await this.finder.similarOpenProblems({ communityId: body.communityId, text: `${body.title} ${body.description}`, location: body.location });
    return found.map((c) => ({
      problemId: c.problemId,
      reference: c.reference,
      title: c.title,
      stage: c.stage,
      stageLabel: STAGE_LABELS[c.stage as ProblemStage],
      similarity: Math.round(c.score * 100) / 100,
      reporters: c.reporters,
      createdAt: c.createdAt.toISOString(),
    }));
  }

  @Public()
  @Post(':id/join')
  @PublicIntakeRateLimit({ phoneField: 'contact.phone' })
  @HttpCode(200)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Join an open problem instead of raising a duplicate; returns its tracking code.' })
  joinProblem(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: JoinDto, @Headers('idempotency-key') key: string | undefined, @Req() request: Request) {
    // The key is bound to the caller and the request: the same key from someone else, or with
    // another body, is another join — it never answers with the first joiner's tracking code.
    const replayKey = key === undefined ? randomUUID() : boundIdempotencyKey(key, this.addressOf(request), body);
    return this.join.execute(id, body.contact, 'web', `${id}.join.${replayKey}`);
  }
}
