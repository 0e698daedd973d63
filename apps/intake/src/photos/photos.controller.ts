import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@shangliang/auth';
import { PublicIntakeRateLimit } from '../rate-limits/rate-limit.guard';
import { AttachPhotoUseCase, type UploadedPhoto } from './attach-photo.usecase';
import { MAX_PHOTO_BYTES, PhotoUploadExceptionFilter } from '@shangliang/photos';
import { ReadPhotoUseCase } from './read-photo.usecase';

/** Multer keeps the file in memory and stops reading one byte past the limit. */
const uploadLimits = { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 1 };

@ApiTags('public')
@Controller('public')
export class PhotosController {
  constructor(
    private readonly attach: AttachPhotoUseCase,
    private readonly read: ReadPhotoUseCase,
  ) {}

  @Public()
  @PublicIntakeRateLimit()
  @Post('problems/:trackingCode/photos')
  @HttpCode(201)
  @UseFilters(PhotoUploadExceptionFilter)
  @UseInterceptors(FileInterceptor('photo', { limits: uploadLimits }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['photo'], properties: { photo: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Add a photo (JPEG, PNG or WebP, at most 5 MB) to an open problem, by its tracking code.' })
  upload(@Param('trackingCode') trackingCode: string, @UploadedFile() photo: UploadedPhoto | undefined) {
    return this.attach.execute(trackingCode, photo);
  }

  @Public()
  @PublicIntakeRateLimit()
  @Get('problems/:trackingCode/photos')
  @ApiOperation({ summary: "A problem's photos, by its tracking code." })
  list(@Param('trackingCode') trackingCode: string) {
    return this.read.listByTrackingCode(trackingCode);
  }

  @Public()
  @Get('photos/:id')
  @ApiOperation({ summary: 'One photo, streamed.' })
  async photo(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { stream, contentType, size } = await this.read.open(id);
    // A photo never changes under its id; nosniff keeps browsers from guessing another type.
    res.setHeader('Cache-Control', 'public, max-age=86400, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(stream, { type: contentType, length: size, disposition: 'inline' });
  }
}
