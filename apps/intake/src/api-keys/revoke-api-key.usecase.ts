import { Injectable } from '@nestjs/common';
import { notFound } from '@shangliang/http';
import { ApiKeyRepository } from './api-key.repository';
import { apiKeyView, type ApiKeyView } from './api-key.view';

/** Revoking takes effect on the client's next request. Revoking twice is not an error. */
@Injectable()
export class RevokeApiKeyUseCase {
  constructor(private readonly keys: ApiKeyRepository) {}

  async execute(id: string): Promise<ApiKeyView> {
    const revoked = await this.keys.revoke(id, new Date());
    if (!revoked) throw notFound('api key');
    return apiKeyView(revoked);
  }
}
