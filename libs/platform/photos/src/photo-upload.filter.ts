import { Catch } from '@nestjs/common';
import { FileUploadExceptionFilter } from '@shangliang/http';
import { MAX_PHOTO_BYTES } from './photo-content';

/**
 * Multer's errors on the photo upload (too large, a second file, a stray field, a torn
 * multipart body) become the same 400 naming `photo` as the use case's own checks.
 */
@Catch()
export class PhotoUploadExceptionFilter extends FileUploadExceptionFilter {
  protected readonly field = 'photo';
  protected readonly maxBytes = MAX_PHOTO_BYTES;
  protected readonly expected = 'send one image file in the multipart field "photo" and nothing else';
}
