import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { clientErrorOf, DomainError } from '@shangliang/http';
import { Open311Error } from './open311-error';
import { CONTENT_TYPES, formatOfPath, render } from './open311-format';

/**
 * Every error of the Open311 endpoint in the spec's format: `<errors><error><code/><description/>`
 * or `[{code, description}]`, in the format the path asked for, with the spec's status codes.
 * A validation failure lists one error per field, named as the client sent it.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311ExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const error = toOpen311Error(exception);
    if (error.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const format = formatOfPath(request.path);
    response
      .status(error.status)
      .type(CONTENT_TYPES[format])
      .send(render({ root: 'errors', value: error.errors }, format));
  }
}

export function toOpen311Error(exception: unknown): Open311Error {
  if (exception instanceof Open311Error) return exception;
  if (exception instanceof ZodValidationException) {
    const issues = (exception.getZodError() as ZodError).issues;
    return new Open311Error(
      400,
      issues.map((i) => ({ code: 400, description: `${fieldName(i.path)}: ${i.message}` })),
    );
  }
  if (exception instanceof DomainError) {
    const status = exception.status === 409 ? 400 : exception.status;
    const errors = exception.fields?.length ? exception.fields.map((f) => ({ code: status, description: `${f.field}: ${f.message}` })) : [{ code: status, description: exception.message }];
    return new Open311Error(status, errors);
  }
  if (exception instanceof HttpException) {
    return new Open311Error(exception.getStatus(), [{ code: exception.getStatus(), description: exception.message }]);
  }
  const clientError = clientErrorOf(exception);
  if (clientError?.status === 400) return Open311Error.badRequest('the request body could not be read; send application/x-www-form-urlencoded');
  if (clientError) return new Open311Error(clientError.status, [{ code: clientError.status, description: clientError.message }]);
  return new Open311Error(500, [{ code: 500, description: 'internal error; please tell the council office' }]);
}

/** `attribute.urgency` was sent as `attribute[urgency]`: name it the way the client wrote it. */
function fieldName(path: PropertyKey[]): string {
  if (path.length === 0) return '(request)';
  const [head, ...rest] = path.map(String);
  return head + rest.map((p) => `[${p}]`).join('');
}
