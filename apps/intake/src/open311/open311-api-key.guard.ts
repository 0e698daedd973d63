import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { VerifyApiKeyUseCase } from '../api-keys/verify-api-key.usecase';
import { Open311Error } from './open311-error';

export type RequestWithApiKey = Request & { open311ApiKeyId?: string };

/**
 * Submissions need an api_key we issued and have not revoked (403 otherwise, as the spec says).
 * The spec sends it in the form body; a query-string key is accepted too, as many clients do.
 */
@Injectable()
export class Open311ApiKeyGuard implements CanActivate {
  constructor(private readonly verify: VerifyApiKeyUseCase) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithApiKey>();
    const presented = stringOf((request.body as Record<string, unknown> | undefined)?.api_key) ?? stringOf(request.query.api_key);
    const keyId = await this.verify.execute(presented);
    if (!keyId) throw Open311Error.forbidden(presented ? 'Invalid api_key received -- it is unknown or revoked' : 'api_key is required to submit a request');
    request.open311ApiKeyId = keyId;
    return true;
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
