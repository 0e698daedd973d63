import { type ArgumentsHost, BadRequestException, Catch, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ApiErrorBody } from '@shangliang/contracts';
import { ApiExceptionFilter } from '@shangliang/http';
import { MAX_HISTORY_BYTES } from './history-file';

/**
 * Multer's errors on a history upload (too large, a second file, a torn multipart body) become
 * a 400 naming `file`, like the use case's own checks. Everything else keeps the usual shape.
 */
@Catch()
export class HistoryUploadExceptionFilter extends ApiExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    const message = uploadProblem(exception);
    if (!message || host.getType() !== 'http') return super.catch(exception, host);
    const body: ApiErrorBody = { statusCode: 400, code: 'validation_failed', message: `file: ${message}`, fields: [{ field: 'file', message }] };
    host.switchToHttp().getResponse<Response>().status(400).json(body);
  }
}

function uploadProblem(exception: unknown): string | null {
  if (exception instanceof PayloadTooLargeException) return `must be at most ${MAX_HISTORY_BYTES / 1024 / 1024} MB`;
  if (exception instanceof ZodValidationException) return null;
  const multer = exception instanceof Error && exception.name === 'MulterError';
  if (multer || exception instanceof BadRequestException) return 'send one .xlsx or .csv file in the multipart field "file"';
  return null;
}
