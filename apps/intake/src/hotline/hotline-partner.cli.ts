// `node dist/apps/intake/src/hotline/hotline-partner.cli.js create <id> <name> [callbackUrl]` —
// registers a hotline partner and prints its signing secret once (JSON). Idempotent: a partner
// that exists is left as it is (exit 0, no secret printed). HOTLINE_PARTNER_SECRET, when set
// (≥32 characters), is used instead of a generated secret, e.g. for a demo partner whose
// simulator is configured with the same value. COUNCIL_ID names the partner's council (default:
// the only top-level council).
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { z } from 'zod';
import { loadConfig } from '@shangliang/config';
import { DomainError } from '@shangliang/http';
import { OrganisationDirectory, OrganisationDirectoryModule } from '@shangliang/organisation';
import { databaseConfigFrom, databaseConfigSchema, PrismaModule } from '@shangliang/persistence';
import { HotlinePartnerCommandsModule } from './hotline.module';
import { HotlinePartnerRepository } from './hotline-partner.repository';
import { createPartnerSchema, HotlinePartnersUseCase, newPartnerSecret } from './hotline-partners.usecase';

const USAGE = 'usage: hotline-partner.cli.js create <id> <name> [callbackUrl]';
const env = loadConfig(databaseConfigSchema.extend({ HOTLINE_PARTNER_SECRET: z.string().min(32).max(200).optional(), COUNCIL_ID: z.string().min(1).max(32).optional() }));

@Module({ imports: [PrismaModule.forRoot(databaseConfigFrom(env)), OrganisationDirectoryModule, HotlinePartnerCommandsModule] })
class HotlinePartnerCliModule {}

async function main([command, id, name, callbackUrl]: string[]): Promise<void> {
  if (command !== 'create' || !id || !name) throw new UsageError(USAGE);
  const parsed = createPartnerSchema.safeParse({ id, name, callbackUrl });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const app = await NestFactory.createApplicationContext(HotlinePartnerCliModule, { logger: ['error', 'warn'] });
  try {
    const exists = `hotline partner ${parsed.data.id} already exists; left as it is\n`;
    if (await app.get(HotlinePartnerRepository).findById(parsed.data.id)) return void process.stdout.write(exists);
    try {
      const councilId = await app.get(OrganisationDirectory).councilForOperator(env.COUNCIL_ID);
      if (!councilId) throw new UsageError('name the partner\'s council with COUNCIL_ID (no single top-level council found)');
      const created = await app.get(HotlinePartnersUseCase).create(councilId, parsed.data, env.HOTLINE_PARTNER_SECRET ?? newPartnerSecret());
      process.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
    } catch (error) {
      // Created by a concurrent run between the look-up and the insert: same outcome.
      if (error instanceof DomainError && error.code === 'conflict') return void process.stdout.write(exists);
      throw error;
    }
  } finally {
    await app.close();
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
