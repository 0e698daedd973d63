import { type ArgumentsHost, BadRequestException, Catch, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ApiErrorBody } from '@shangliang/contracts';
import { ApiExceptionFilter } from '@shangliang/http';

/**
 * Multer's errors on the photo upload (too large, a second file, a stray field, a torn
 * multipart body) become the same 400 naming `photo` as the use case's own checks, instead of
 * a 413 or a message that names no field. Everything else keeps the usual error shape.
 */
@Catch()
export class PhotoUploadExceptionFilter extends ApiExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    const message = uploadProblem(exception);
    if (!message || host.getType() !== 'http') return super.catch(exception, host);
    const body: ApiErrorBody = { statusCode: 400, code: 'validation_failed', message: `photo: ${message}`, fields: [{ field: 'photo', message }] };
    host.switchToHttp().getResponse<Response>().status(400).json(body);
  }
}

function uploadProblem(exception: unknown): string | null {
  if (exception instanceof PayloadTooLargeException) return 'must be at most 5 MB';
  if (exception instanceof ZodValidationException) return null;
  if (exception instanceof BadRequestException) return 'send one image file in the multipart field "photo" and nothing else';
  if (exception instanceof Error && exception.name === 'MulterError') return 'send one image file in the multipart field "photo" and nothing else';
  return null;
}
