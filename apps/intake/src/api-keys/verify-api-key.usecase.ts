import { Injectable, Logger } from '@nestjs/common';
import { apiKeyDigest } from './api-key-secret';
import { ApiKeyRepository } from './api-key.repository';

/** Recording the last use costs a write, so it is refreshed at most this often per key. */
const TOUCH_INTERVAL_MS = 60_000;

/** Whether a presented Open311 api_key is one we issued and have not revoked. */
@Injectable()
export class VerifyApiKeyUseCase {
  private readonly logger = new Logger(VerifyApiKeyUseCase.name);

  constructor(private readonly keys: ApiKeyRepository) {}

  /** The key's id, or null for a missing, unknown or revoked key. */
  async execute(presented: string | undefined): Promise<string | null> {
    if (!presented || presented.length > 200) return null;
    const key = await this.keys.findByDigest(apiKeyDigest(presented));
    if (!key || key.revokedAt) return null;
    const now = new Date();
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      // Bookkeeping only: a failed write must not refuse a valid client.
      await this.keys.touch(key.id, now).catch((error: unknown) => this.logger.warn(`could not record api key use: ${String(error)}`));
    }
    return key.id;
  }
}
