import type { ErrorCode } from '@shangliang/contracts';

export interface ClientError {
  status: number;
  code: ErrorCode;
  message: string;
}

/** What body-parser's errors (by their `type`) mean to the client who caused them. */
const BY_TYPE: Record<string, (e: HttpError) => ClientError> = {
  'entity.too.large': (e) => ({ status: 413, code: 'payload_too_large', message: e.limit ? `The body is larger than the ${e.limit} bytes accepted` : 'The body is too large' }),
  'charset.unsupported': (e) => ({ status: 415, code: 'unsupported_media_type', message: `charset ${JSON.stringify(e.charset ?? '')} is not supported; send UTF-8` }),
  'encoding.unsupported': (e) => ({ status: 415, code: 'unsupported_media_type', message: `Content-Encoding ${JSON.stringify(e.encoding ?? '')} is not supported; send gzip, deflate, br or none` }),
  // body-parser says 413 for too many form fields; the body is not too large, it has too many parts.
  'parameters.too.many': () => ({ status: 400, code: 'validation_failed', message: 'Too many form fields' }),
  'entity.parse.failed': () => ({ status: 400, code: 'validation_failed', message: 'The body could not be parsed (not valid JSON or form data)' }),
};

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

interface HttpError {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  type?: unknown;
  message?: unknown;
  limit?: number;
  charset?: string;
  encoding?: string;
}

/**
 * An error raised by Express or its middleware before any route ran (body-parser, static files:
 * `http-errors` with a 4xx status and `expose`), as the client error it is. Anything else is not
 * the client's fault and stays a 500. Null when the error is not one of these.
 */
export function clientErrorOf(exception: unknown): ClientError | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const e = exception as HttpError;
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499 || e.expose === false) return null;
  const byType = typeof e.type === 'string' ? BY_TYPE[e.type] : undefined;
  if (byType) return byType(e);
  return { status, code: codeOfStatus(status), message: typeof e.message === 'string' && e.expose === true ? e.message : 'Bad request' };
}

export function codeOfStatus(status: number): ErrorCode {
  // The error shape has no generic code; other statuses have always said `conflict`.
  return CODE_BY_STATUS[status] ?? 'conflict';
}
