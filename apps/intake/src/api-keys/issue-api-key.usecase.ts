import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { apiKeyDigest, apiKeyPrefix, newApiKey } from './api-key-secret';
import { ApiKeyRepository } from './api-key.repository';
import { apiKeyView, type ApiKeyView } from './api-key.view';

export const issueApiKeySchema = z.object({ name: z.string().trim().min(2).max(100) }).strict();
export class IssueApiKeyDto extends createZodDto(issueApiKeySchema) {}

/**
 * An admin issues an Open311 key to a client (a FixMyStreet instance, a city CRM). The key is
 * returned this once; only its digest is kept, so a lost key is revoked and a new one issued.
 */
@Injectable()
export class IssueApiKeyUseCase {
  constructor(private readonly keys: ApiKeyRepository) {}

  async execute(command: z.output<typeof issueApiKeySchema>, issuedBy: { staffId: string; councilId: string }): Promise<ApiKeyView & { key: string }> {
    const key = newApiKey();
    const record = await this.keys.create({ id: randomUUID(), name: command.name, councilId: issuedBy.councilId, keyDigest: apiKeyDigest(key), keyPrefix: apiKeyPrefix(key), createdBy: issuedBy.staffId.slice(0, 32) });
    return { ...apiKeyView(record), key };
  }
}
