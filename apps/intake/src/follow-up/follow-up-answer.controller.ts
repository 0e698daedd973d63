import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { Public } from '@shangliang/auth';
import { SATISFACTION_LEVELS } from '@shangliang/contracts';
import { PublicIntakeRateLimit } from '../rate-limits/rate-limit.guard';
import { AnswerFollowUpUseCase } from './answer-follow-up.usecase';

/** The resident's rating; a dissatisfied resident may say why (the team reads it when it consults again). */
class AnswerDto extends createZodDto(z.object({ satisfaction: z.enum(SATISFACTION_LEVELS), reason: z.string().trim().min(1).max(2000).optional() }).strict()) {}

@ApiTags('public')
@Controller('public/problems')
export class FollowUpAnswerController {
  constructor(private readonly answer: AnswerFollowUpUseCase) {}

  @Public()
  @Post(':trackingCode/satisfaction')
  @PublicIntakeRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: 'The resident answers the follow-up question (对处理结果满意吗？) at the follow-up stage.' })
  answerFollowUp(@Param('trackingCode') trackingCode: string, @Body(ZodValidationPipe) body: AnswerDto) {
    return this.answer.execute(trackingCode, body.satisfaction, body.reason ?? null);
  }
}
