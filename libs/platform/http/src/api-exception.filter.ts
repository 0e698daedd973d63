import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { type ApiErrorBody, ERROR_CODES, type ErrorCode } from '@shangliang/contracts';
import { DomainError } from './domain-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limited',
};

/**
 * Every HTTP error leaves in one shape (`ApiErrorBody`). Validation errors name each field;
 * unexpected errors are logged with their stack and answered with a bare 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof ZodValidationException) {
      const fields = (exception.getZodError() as ZodError).issues.map((issue) => ({
        field: issue.path.join('.') || '(body)',
        message: issue.message,
      }));
      return { statusCode: 400, code: 'validation_failed', message: `Invalid ${fields.map((f) => f.field).join(', ')}`, fields };
    }
    if (exception instanceof DomainError) {
      return { statusCode: exception.status, code: exception.code, message: exception.message, fields: exception.fields };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? exception.message);
      return { statusCode: status, code: knownCode(response) ?? CODE_BY_STATUS[status] ?? 'conflict', message };
    }
    if (isBodyParserError(exception)) {
      return { statusCode: 400, code: 'validation_failed', message: 'The body is not valid JSON', fields: [{ field: '(body)', message: 'not valid JSON' }] };
    }
    return { statusCode: 500, code: 'conflict', message: 'Internal server error' };
  }
}

/** An HttpException thrown with `{ code, message }` keeps its code when it is one of ours. */
function knownCode(response: unknown): ErrorCode | undefined {
  const code = typeof response === 'object' && response !== null ? (response as { code?: unknown }).code : undefined;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : undefined;
}

function isBodyParserError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { type?: string }).type === 'entity.parse.failed';
}
