import { type ArgumentsHost, BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ApiErrorBody } from '@shangliang/contracts';
import { ApiExceptionFilter } from './api-exception.filter';

/**
 * Multer's errors on a file upload (too large, a second file, a stray field, a torn multipart
 * body) become the same 400 naming the upload's field as the use case's own checks, instead of
 * a 413 or a message that names no field. Everything else keeps the usual error shape. Each
 * upload route's filter says its field, its size limit and what to send (a subclass, so Nest's
 * injector builds it like any route-level filter).
 */
export abstract class FileUploadExceptionFilter extends ApiExceptionFilter {
  protected abstract readonly field: string;
  protected abstract readonly maxBytes: number;
  /** What a well-formed upload is, e.g. 'send one CSV file in the multipart field "file"'. */
  protected abstract readonly expected: string;

  override catch(exception: unknown, host: ArgumentsHost): void {
    const message = this.uploadProblem(exception);
    if (!message || host.getType() !== 'http') return super.catch(exception, host);
    const body: ApiErrorBody = { statusCode: 400, code: 'validation_failed', message: `${this.field}: ${message}`, fields: [{ field: this.field, message }] };
    host.switchToHttp().getResponse<Response>().status(400).json(body);
  }

  private uploadProblem(exception: unknown): string | null {
    if (exception instanceof PayloadTooLargeException) return `must be at most ${this.maxBytes / 1024 / 1024} MB`;
    if (exception instanceof ZodValidationException) return null;
    const multer = exception instanceof Error && exception.name === 'MulterError';
    return multer || exception instanceof BadRequestException ? this.expected : null;
  }
}
