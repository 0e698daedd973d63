import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { type ApiErrorBody, ERROR_CODES, type ErrorCode } from '@shangliang/contracts';
import { clientErrorOf, codeOfStatus } from './client-error';
import { DomainError } from './domain-error';

/**
 * Routes under a path prefix whose API has its own error format (Open311). Their controllers
 * answer errors with their own filter; this one hands them the errors raised before any route
 * ran (an unreadable body, an unknown path) so those are in that format too.
 */
export interface PathErrorFormat {
  pathPrefix: string;
  filter: ExceptionFilter;
}

/**
 * Every HTTP error leaves in one shape (`ApiErrorBody`). Validation errors name each field;
 * errors Express raises for the client's request (a body too large, in an unknown charset) keep
 * their 4xx status; unexpected errors are logged with their stack and answered with a bare 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');
  private pathFormats: readonly PathErrorFormat[] = [];

  /**
   * The app-wide filter, handing errors under the given prefixes to their API's own filter. A
   * factory, not a constructor parameter: route-level subclasses are built by Nest's injector.
   */
  static forApp(pathFormats: readonly PathErrorFormat[] = []): ApiExceptionFilter {
    const filter = new ApiExceptionFilter();
    filter.pathFormats = pathFormats;
    return filter;
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const path = host.switchToHttp().getRequest<Request>().path ?? '';
    const format = this.pathFormats.find((f) => path.startsWith(f.pathPrefix));
    if (format) return format.filter.catch(exception, host);
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.code === 'overloaded') response.setHeader('Retry-After', '1');
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
      return { statusCode: status, code: knownCode(response) ?? codeOfStatus(status), message };
    }
    const clientError = clientErrorOf(exception);
    if (clientError) {
      const { status, code, message } = clientError;
      return { statusCode: status, code, message, ...(status === 400 ? { fields: [{ field: '(body)', message }] } : {}) };
    }
    if (isOverload(exception)) {
      return { statusCode: 503, code: 'overloaded', message: 'The service is busy; nothing was saved. Try again in a moment.' };
    }
    return { statusCode: 500, code: 'conflict', message: 'Internal server error' };
  }
}

/**
 * The database pool or the transaction manager had no room in time (Prisma P2024, P2028): the
 * request wrote nothing and may be sent again, so the client hears 503 with Retry-After, not a
 * 500 it would report as a fault.
 */
function isOverload(exception: unknown): boolean {
  const error = exception as { name?: unknown; code?: unknown } | null;
  return error?.name === 'PrismaClientKnownRequestError' && (error.code === 'P2024' || error.code === 'P2028');
}

/** An HttpException thrown with `{ code, message }` keeps its code when it is one of ours. */
function knownCode(response: unknown): ErrorCode | undefined {
  const code = typeof response === 'object' && response !== null ? (response as { code?: unknown }).code : undefined;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : undefined;
}
