import { Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { PROBLEM_STAGES } from '@shangliang/contracts';
import { CurrentStaff, Public, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ApiCappedListResponse, CLIENT_ADDRESS, type ClientAddressOf, invalidField, queryList } from '@shangliang/http';
import { TOTAL_CAP } from '@shangliang/persistence';
import { boundIdempotencyKey } from './idempotency-key';
import { PublicIntakeRateLimit } from '../rate-limits/rate-limit.guard';
import { ProblemQueries } from './problem.queries';
import { idempotencyKeySchema, SubmitProblemDto } from './submit-problem.command';
import { SubmitProblemUseCase } from './submit-problem.usecase';
import { receiptView } from './problem.view';

/** The most a page of the problem list holds, and the most ids it is asked for at once. */
const PAGE_MAX = 200;

const listQuerySchema = z.object({
  stage: z.enum(PROBLEM_STAGES).optional(),
  communityId: z.string().max(32).optional(),
  escalated: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ids: queryList(z.guid('must be problem ids (UUIDs), comma-separated'), PAGE_MAX, { blank: 'refused' }).describe(
    "The problems a work queue's page refers to (its items carry only the reference): up to 200 ids, comma-separated or repeated. Without a limit, all of them are answered.",
  ),
  /** 50 unless given; with ids, as many as were asked for. */
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).optional(),
  offset: z.coerce.number().int().min(0).default(0),
});
class ListProblemsQuery extends createZodDto(listQuerySchema) {}

@ApiTags('problems')
// Departments work from their referrals (consultation service), not from the problem bank.
@Roles('admin', 'vice_chair', 'committee', 'group_leader', 'member', 'convener', 'supervisor')
@Controller('problems')
export class ProblemsController {
  constructor(
    private readonly submitProblem: SubmitProblemUseCase,
    private readonly queries: ProblemQueries,
    @Inject(CLIENT_ADDRESS) private readonly addressOf: ClientAddressOf,
  ) {}

  @Public()
  @Post()
  @PublicIntakeRateLimit({ phoneField: 'contact.phone' })
  @HttpCode(201)
  @ApiOperation({ summary: 'Raise a problem (群众点单). Retries with the same Idempotency-Key return the same problem.' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async submit(
    @Body(ZodValidationPipe) body: SubmitProblemDto,
    @Headers('idempotency-key') key: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const parsedKey = key === undefined ? undefined : idempotencyKeySchema.safeParse(key);
    if (parsedKey && !parsedKey.success) throw invalidField('Idempotency-Key', 'must be 1–200 characters');
    const { problem, replayed } = await this.submitProblem.execute(body, {
      source: 'web',
      // Bound to the caller: another resident's key never replays this resident's receipt. The
      // request itself is compared on replay (another body under the same key: 409).
      idempotency: parsedKey ? { scope: 'web', key: boundIdempotencyKey(parsedKey.data, this.addressOf(req)) } : undefined,
    });
    if (replayed) {
      res.status(200);
      res.setHeader('Idempotent-Replayed', 'true');
    }
    return receiptView(problem);
  }

  @ApiBearerAuth()
  @Get()
  @ApiOperation({
    summary: 'The problem bank, filtered, newest first',
    description: "Staff see the problems of their scope. Filters: stage, community, escalated, or the ids of a work queue's page. The total is counted up to a cap (totalIsLowerBound).",
  })
  @ApiCappedListResponse('problems', TOTAL_CAP)
  list(@Query(ZodValidationPipe) query: ListProblemsQuery, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.list(query, staff);
  }

  @ApiBearerAuth()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.get(id, staff);
  }

  @ApiBearerAuth()
  @Get(':id/history')
  @ApiOperation({ summary: "The problem's append-only history: every step, deadline miss and escalation rung." })
  history(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.history(id, staff);
  }

  @ApiBearerAuth()
  @Get(':id/similar')
  @ApiOperation({ summary: 'Open problems of the same community that are likely the same (whatever channel they came from): candidates to merge.' })
  similar(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.similar(id, staff);
  }

  @ApiBearerAuth()
  @Roles('convener', 'group_leader', 'supervisor', 'admin')
  @Get(':id/contact')
  @ApiOperation({ summary: "The resident's unmasked contact, for staff who must call back (回访)." })
  contact(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.queries.contact(id, staff);
  }
}

@ApiTags('public')
@Controller('public/problems')
export class PublicProblemsController {
  constructor(private readonly queries: ProblemQueries) {}

  @Public()
  @PublicIntakeRateLimit()
  @Get(':trackingCode')
  @ApiOperation({ summary: 'Follow a problem by its tracking code: stage in plain words, history, outcome.' })
  track(@Param('trackingCode') code: string) {
    return this.queries.track(code);
  }
}
