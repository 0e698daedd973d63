import { Injectable } from '@nestjs/common';
import { notFound } from '@shangliang/http';
import { ApiKeyRepository } from './api-key.repository';
import { apiKeyView, type ApiKeyView } from './api-key.view';

/** Revoking takes effect on the client's next request. Revoking twice is not an error. */
@Injectable()
export class RevokeApiKeyUseCase {
  constructor(private readonly keys: ApiKeyRepository) {}

  /** `councilId` null: the operator's CLI, which may revoke any key. */
  async execute(id: string, councilId: string | null): Promise<ApiKeyView> {
    const revoked = await this.keys.revoke(id, councilId, new Date());
    if (!revoked) throw notFound('api key');
    return apiKeyView(revoked);
  }
}
