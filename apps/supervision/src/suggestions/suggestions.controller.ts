import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ApiCappedListResponse, invalidField } from '@shangliang/http';
import { TOTAL_CAP } from '@shangliang/persistence';
import { DraftSuggestionUseCase } from './draft-suggestion.usecase';
import { RecordAdoptionUseCase } from './record-adoption.usecase';
import { RequestReviewUseCase } from './request-review.usecase';
import { ReviewSuggestionUseCase } from './review-suggestion.usecase';
import { ReviseSuggestionUseCase } from './revise-suggestion.usecase';
import { SubmitSuggestionUseCase } from './submit-suggestion.usecase';
import {
  DraftSuggestionDto,
  idempotencyKeySchema,
  RecordAdoptionDto,
  ReviewSuggestionDto,
  ReviseSuggestionDto,
  SearchSuggestionsDto,
  SubmitSuggestionDto,
} from './suggestion.commands';
import { SuggestionQueries } from './suggestion.queries';

/** Members and the committee who draft; the committee and admins who review and submit. */
const DRAFTERS = ['member', 'group_leader', 'committee', 'admin'] as const;
const REVIEWERS = ['committee', 'admin'] as const;
const READERS = ['admin', 'vice_chair', 'committee', 'group_leader', 'member', 'convener', 'supervisor'] as const;

@ApiTags('suggestion bank')
@ApiBearerAuth()
@Controller('suggestions')
export class SuggestionsController {
  constructor(
    private readonly queries: SuggestionQueries,
    private readonly draft: DraftSuggestionUseCase,
    private readonly revise: ReviseSuggestionUseCase,
    private readonly requestReview: RequestReviewUseCase,
    private readonly review: ReviewSuggestionUseCase,
    private readonly submit: SubmitSuggestionUseCase,
    private readonly adoption: RecordAdoptionUseCase,
  ) {}

  @Roles(...READERS)
  @Get()
  @ApiOperation({
    summary: 'Search the suggestion bank (委员建言库) by text, status, adoption and submission period; with the adoption rate of the period. The total is counted up to a cap (totalIsLowerBound).',
  })
  @ApiCappedListResponse('suggestions, last changed first', TOTAL_CAP, {
    adoption: { type: 'object', description: 'The adoption rate (采纳率) of the suggestions submitted in the period searched, counted exactly.' },
  })
  search(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: SearchSuggestionsDto) {
    return this.queries.search(query, staff);
  }

  @Roles(...READERS)
  @Get(':id')
  @ApiOperation({ summary: 'One suggestion with its sources, proposers, review, submission, adoption and audit history.' })
  get(@CurrentStaff() staff: StaffPrincipal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.get(id, staff);
  }

  @Roles(...DRAFTERS)
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Draft a suggestion from cases or consultations. Resending with the same Idempotency-Key drafts it once.' })
  create(@Body(ZodValidationPipe) body: DraftSuggestionDto, @Headers('idempotency-key') key: string | undefined, @CurrentStaff() staff: StaffPrincipal) {
    const parsed = key === undefined ? undefined : idempotencyKeySchema.safeParse(key);
    if (parsed && !parsed.success) throw invalidField('Idempotency-Key', 'must be 1–150 characters');
    return this.draft.execute(body, parsed?.data, staff);
  }

  @Roles(...DRAFTERS)
  @Patch(':id')
  @ApiOperation({ summary: 'Revise a draft (its proposers, the committee or an admin).' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: ReviseSuggestionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.revise.execute(id, body, staff);
  }

  @Roles(...DRAFTERS)
  @Post(':id/review-request')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a draft to the committee for review.' })
  askForReview(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.requestReview.execute(id, staff);
  }

  @Roles(...REVIEWERS)
  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: "The committee's review: approve (may be submitted) or return to draft with a note." })
  decide(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: ReviewSuggestionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.review.execute(id, body, staff);
  }

  @Roles(...REVIEWERS)
  @Post(':id/submission')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit an approved suggestion to a department, a district government, the party committee or the government, on a date.' })
  send(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: SubmitSuggestionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.submit.execute(id, body, staff);
  }

  @Roles(...REVIEWERS)
  @Post(':id/adoption')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record whether the body adopted a submitted suggestion (not adopted needs the reason), by whom, when, and its implementation.' })
  adopt(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: RecordAdoptionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.adoption.execute(id, body, staff);
  }
}
