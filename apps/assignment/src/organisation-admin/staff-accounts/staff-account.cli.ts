// `node dist/apps/assignment/src/organisation-admin/staff-accounts/staff-account.cli.js
//    first-admin <councilId> <councilName> <username>` — a new installation's first admin: creates
// the (city-level) council if it does not exist and an admin account in it, and prints the admin's
// one-time password once (it must be changed at first sign-in). Everything after that is done by
// admins in the console or the API. Refuses when the council already has an active admin.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { StaffPrincipal } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { databaseConfigFrom, databaseConfigSchema, PrismaModule, PrismaService } from '@shangliang/persistence';
import { StaffAccountsUseCases } from './staff-accounts.usecases';

const USAGE = 'usage: staff-account.cli.js first-admin <councilId> <councilName> <username>';

@Module({ imports: [PrismaModule.forRoot(databaseConfigFrom(loadConfig(databaseConfigSchema)))], providers: [StaffAccountsUseCases] })
class StaffAccountCliModule {}

async function main([command, councilId, councilName, username]: string[]): Promise<void> {
  if (command !== 'first-admin' || !councilId || !councilName || !username) throw new UsageError(USAGE);
  if (!/^[a-z0-9-]{1,32}$/.test(councilId)) throw new UsageError('<councilId>: lowercase letters, digits and dashes, at most 32');
  const app = await NestFactory.createApplicationContext(StaffAccountCliModule, { logger: ['error', 'warn'] });
  try {
    const prisma = app.get(PrismaService);
    await prisma.council.upsert({ where: { id: councilId }, create: { id: councilId, name: councilName, level: 'city' }, update: {} });
    if (await prisma.staffAccount.findFirst({ where: { councilId, role: 'admin', active: true } })) {
      throw new UsageError(`council ${councilId} already has an admin; they manage accounts in the console`);
    }
    const operator = { staffId: 'cli', councilId } as StaffPrincipal;
    const created = await app.get(StaffAccountsUseCases).create(operator, { username, displayName: '系统管理员', role: 'admin' });
    process.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
  } finally {
    await app.close();
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
