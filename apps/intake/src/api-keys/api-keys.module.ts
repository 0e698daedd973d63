import { Module } from '@nestjs/common';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeysController } from './api-keys.controller';
import { IssueApiKeyUseCase } from './issue-api-key.usecase';
import { RevokeApiKeyUseCase } from './revoke-api-key.usecase';
import { VerifyApiKeyUseCase } from './verify-api-key.usecase';

/** Open311 client keys: issued and revoked by admins, checked on every Open311 submission. */
@Module({
  controllers: [ApiKeysController],
  providers: [ApiKeyRepository, IssueApiKeyUseCase, RevokeApiKeyUseCase, VerifyApiKeyUseCase],
  exports: [VerifyApiKeyUseCase],
})
export class ApiKeysModule {}

/** The same use cases for the command line, without the HTTP controller. */
@Module({ providers: [ApiKeyRepository, IssueApiKeyUseCase, RevokeApiKeyUseCase] })
export class ApiKeysCommandsModule {}
