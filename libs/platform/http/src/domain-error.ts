import type { ErrorCode } from '@shangliang/contracts';

/** An expected failure of a use case, with the HTTP status and code it maps to. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: { field: string; message: string }[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError(404, 'not_found', `${what} not found`);
export const conflict = (message: string, code: ErrorCode = 'conflict') => new DomainError(409, code, message);
export const wrongStage = (message: string) => new DomainError(409, 'wrong_stage', message);
export const forbidden = (message = 'not allowed for your role or scope') => new DomainError(403, 'forbidden', message);
export const invalidField = (field: string, message: string) =>
  new DomainError(400, 'validation_failed', `${field}: ${message}`, [{ field, message }]);
