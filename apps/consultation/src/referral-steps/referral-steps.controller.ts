import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { invalidField } from '@shangliang/http';
import { CompleteReferralUseCase } from './complete-referral.usecase';
import { DecideCompletionUseCase } from './decide-completion.usecase';
import { DecideExtensionUseCase } from './decide-extension.usecase';
import { DecideReturnUseCase } from './decide-return.usecase';
import { NoteReferralProgressUseCase } from './note-referral-progress.usecase';
import {
  CompleteReferralDto,
  DecideCompletionDto,
  DecideExtensionDto,
  DecideReturnDto,
  idempotencyKeySchema,
  NoteProgressDto,
  RequestExtensionDto,
  ReturnReferralDto,
  SignReferralDto,
} from './referral-step.commands';
import { RequestExtensionUseCase } from './request-extension.usecase';
import { ReturnReferralUseCase } from './return-referral.usecase';
import { SignReferralUseCase } from './sign-referral.usecase';

/**
 * The department's side of a referral (签收, progress, extension, 退回, 办结) and the team lead's
 * decisions on it. Each step is a signal to the problem's workflow and an entry in its history.
 */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals/:id')
export class ReferralStepsController {
  constructor(
    private readonly sign: SignReferralUseCase,
    private readonly noteProgress: NoteReferralProgressUseCase,
    private readonly requestExtension: RequestExtensionUseCase,
    private readonly decideExtension: DecideExtensionUseCase,
    private readonly returnReferral: ReturnReferralUseCase,
    private readonly decideReturn: DecideReturnUseCase,
    private readonly complete: CompleteReferralUseCase,
    private readonly decideCompletion: DecideCompletionUseCase,
  ) {}

  @Roles('department')
  @Post('sign')
  @HttpCode(201)
  @ApiOperation({ summary: '签收: the department signs for the referral, naming its handler. Once.' })
  signFor(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: SignReferralDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.sign.execute(id, body, staff);
  }

  @Roles('department')
  @Post('progress')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'A progress note on a signed referral. Resending with the same Idempotency-Key records it once.' })
  progress(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(ZodValidationPipe) body: NoteProgressDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const parsed = key === undefined ? undefined : idempotencyKeySchema.safeParse(key);
    if (parsed && !parsed.success) throw invalidField('Idempotency-Key', 'must be 1–150 characters');
    return this.noteProgress.execute(id, body, parsed?.data, staff);
  }

  @Roles('department')
  @Post('extension-request')
  @HttpCode(201)
  @ApiOperation({ summary: 'Ask the team lead for more time, with a reason and a new date. One request pending at a time.' })
  askForExtension(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: RequestExtensionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.requestExtension.execute(id, body, staff);
  }

  @Roles('member', 'group_leader')
  @Post('extension-decision')
  @HttpCode(201)
  @ApiOperation({ summary: "The team lead approves (the ladder's remaining rungs move to the new date) or refuses the pending extension." })
  decideOnExtension(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: DecideExtensionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.decideExtension.execute(id, body, staff);
  }

  @Roles('department')
  @Post('return')
  @HttpCode(201)
  @ApiOperation({ summary: '退回: not this department’s responsibility, with a reason. The ladder stops until the team lead decides.' })
  sendBack(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: ReturnReferralDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.returnReferral.execute(id, body, staff);
  }

  @Roles('member', 'group_leader')
  @Post('return-decision')
  @HttpCode(201)
  @ApiOperation({ summary: 'The team lead refers a returned referral to another department (a new ladder) or takes it back to consultation.' })
  decideOnReturn(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: DecideReturnDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.decideReturn.execute(id, body, staff);
  }

  @Roles('department')
  @Post('completion')
  @HttpCode(201)
  @ApiOperation({ summary: '办结: the result, with evidence photos uploaded to the referral beforehand. The team lead confirms it.' })
  completeIt(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: CompleteReferralDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.complete.execute(id, body, staff);
  }

  @Roles('member', 'group_leader')
  @Post('completion-decision')
  @HttpCode(201)
  @ApiOperation({ summary: 'The team lead confirms the completion (on to follow-up) or sends it back as not done, with a reason (the ladder resumes).' })
  decideOnCompletion(@Param('id', ParseUUIDPipe) id: string, @Body(ZodValidationPipe) body: DecideCompletionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.decideCompletion.execute(id, body, staff);
  }
}
