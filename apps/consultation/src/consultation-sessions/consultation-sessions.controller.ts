import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { MAX_PHOTO_BYTES, PhotoUploadExceptionFilter, type UploadedPhoto } from '@shangliang/photos';
import { ConcludeItemDto, RecordSessionDto } from './consultation-session.command';
import { ConcludeItemUseCase, RecordSessionUseCase, SessionPhotosUseCase } from './consultation-sessions.usecases';

/** Multer keeps the file in memory and stops reading one byte past the limit. */
const uploadLimits = { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 1 };

/** 协商解单 in rounds: the team's sessions, their photos, and the team lead's conclusion. */
@ApiTags('consultation items')
@ApiBearerAuth()
@Controller('consultation-items/:problemId')
export class ConsultationSessionsController {
  constructor(
    private readonly recordSession: RecordSessionUseCase,
    private readonly concludeItem: ConcludeItemUseCase,
    private readonly photos: SessionPhotosUseCase,
  ) {}

  @Roles('admin', 'group_leader', 'member')
  @Post('sessions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record one session of the consultation (form, time, studio or place, attendance, agenda, minutes, decisions); it does not conclude the item.' })
  session(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: RecordSessionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.recordSession.execute(problemId, body, staff);
  }

  @Roles('admin', 'group_leader', 'member')
  @Post('conclusion')
  @HttpCode(201)
  @ApiOperation({ summary: "The team lead concludes the item with its outcome (solved, explained, referred with the referral); the round's latest session carries it." })
  conclude(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: ConcludeItemDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.concludeItem.execute(problemId, body, staff);
  }

  @Roles('admin', 'group_leader', 'member')
  @Post('sessions/:sessionId/photos')
  @HttpCode(201)
  @UseFilters(PhotoUploadExceptionFilter)
  @UseInterceptors(FileInterceptor('photo', { limits: uploadLimits }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['photo'], properties: { photo: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Add a photo to a session (JPEG, PNG or WebP, at most 5 MB; metadata removed).' })
  upload(
    @Param('problemId', ParseUUIDPipe) problemId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @UploadedFile() photo: UploadedPhoto | undefined,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.photos.attach(problemId, sessionId, photo, staff);
  }

  @Roles('admin', 'supervisor', 'vice_chair', 'committee', 'group_leader', 'convener', 'member')
  @Get('sessions/:sessionId/photos/:photoId')
  @ApiOperation({ summary: "One of a session's photos, streamed, to whoever may see the item." })
  async photo(
    @Param('problemId', ParseUUIDPipe) problemId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { stream, contentType, size } = await this.photos.open(problemId, sessionId, photoId, staff);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(stream, { type: contentType, length: size, disposition: 'inline' });
  }
}
