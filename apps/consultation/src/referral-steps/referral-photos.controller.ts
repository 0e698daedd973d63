import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { MAX_PHOTO_BYTES, PhotoUploadExceptionFilter, type UploadedPhoto } from '@shangliang/photos';
import { AttachEvidencePhotoUseCase } from './attach-evidence-photo.usecase';
import { ReadEvidencePhotoUseCase } from './read-evidence-photo.usecase';

/** Multer keeps the file in memory and stops reading one byte past the limit. */
const uploadLimits = { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 1 };

/** A department's evidence photos for completing a referral (办结). */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals/:id/photos')
export class ReferralPhotosController {
  constructor(
    private readonly attach: AttachEvidencePhotoUseCase,
    private readonly read: ReadEvidencePhotoUseCase,
  ) {}

  @Roles('department')
  @Post()
  @HttpCode(201)
  @UseFilters(PhotoUploadExceptionFilter)
  @UseInterceptors(FileInterceptor('photo', { limits: uploadLimits }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['photo'], properties: { photo: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Upload an evidence photo (JPEG, PNG or WebP, at most 5 MB; metadata removed) to a signed referral.' })
  upload(@Param('id', ParseUUIDPipe) id: string, @UploadedFile() photo: UploadedPhoto | undefined, @CurrentStaff() staff: StaffPrincipal) {
    return this.attach.execute(id, photo, staff);
  }

  @Roles('department', 'supervisor', 'admin', 'member', 'group_leader')
  @Get(':photoId')
  @ApiOperation({ summary: 'One evidence photo, streamed, to whoever may read the referral.' })
  async photo(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { stream, contentType, size } = await this.read.open(id, photoId, staff);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(stream, { type: contentType, length: size, disposition: 'inline' });
  }
}
