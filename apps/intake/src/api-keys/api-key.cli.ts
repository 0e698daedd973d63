// `node dist/apps/intake/src/api-keys/api-key.cli.js issue <name>` | `revoke <id>` — Open311 keys
// from the command line (provisioning, a lost admin login), through the same use cases as the
// admin API. `issue` prints the key once, as JSON; only its digest is stored.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@shangliang/config';
import { OrganisationDirectory, OrganisationDirectoryModule } from '@shangliang/organisation';
import { databaseConfigFrom, databaseConfigSchema, PrismaModule } from '@shangliang/persistence';
import { z } from 'zod';
import { ApiKeysCommandsModule } from './api-keys.module';
import { issueApiKeySchema, IssueApiKeyUseCase } from './issue-api-key.usecase';
import { RevokeApiKeyUseCase } from './revoke-api-key.usecase';

const USAGE = 'usage: api-key.cli.js issue <name> | revoke <id>';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const env = loadConfig(databaseConfigSchema.extend({ COUNCIL_ID: z.string().min(1).max(32).optional() }));

@Module({ imports: [PrismaModule.forRoot(databaseConfigFrom(env)), OrganisationDirectoryModule, ApiKeysCommandsModule] })
class ApiKeyCliModule {}

async function main([command, argument]: string[]): Promise<void> {
  if (!argument || (command !== 'issue' && command !== 'revoke')) throw new UsageError(USAGE);
  if (command === 'revoke' && !UUID.test(argument)) throw new UsageError('revoke: <id> must be the key id (a UUID) from the admin list');
  const app = await NestFactory.createApplicationContext(ApiKeyCliModule, { logger: ['error', 'warn'] });
  try {
    if (command === 'issue') {
      const parsed = issueApiKeySchema.safeParse({ name: argument });
      if (!parsed.success) throw new UsageError('issue: <name> must be 2–100 characters');
      const councilId = await app.get(OrganisationDirectory).councilForOperator(env.COUNCIL_ID);
      if (!councilId) throw new UsageError('name the key\'s council with COUNCIL_ID (no single top-level council found)');
      const issued = await app.get(IssueApiKeyUseCase).execute(parsed.data, { staffId: 'cli', councilId });
      process.stdout.write(`${JSON.stringify(issued, null, 2)}\n`);
    } else {
      const revoked = await app.get(RevokeApiKeyUseCase).execute(argument, null);
      process.stdout.write(`${JSON.stringify(revoked, null, 2)}\n`);
    }
  } finally {
    await app.close();
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof UsageError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
