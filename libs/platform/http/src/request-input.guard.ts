import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { invalidField } from './domain-error';
import { findUnsafeInput } from './request-input';

/**
 * Refuses unsafe input (NUL, lone surrogates, hostile nesting, too many query parameters; see
 * `findUnsafeInput`) with a 400 naming the field, before any route guard or handler reads it — a
 * route guard may look the input up in the database (an Open311 api_key). A guard rather than a
 * middleware so the route's own error format (Open311's) still answers.
 */
@Injectable()
export class RequestInputGuard implements CanActivate {
  constructor(private readonly maxFields: number) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const problem = findUnsafeInput({ params: request.params, query: request.query, body: request.body }, this.maxFields);
    if (problem) throw invalidField(problem.field, problem.message);
    return true;
  }
}
