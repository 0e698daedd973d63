// `node dist/apps/supervision/src/history/history-import.cli.js cases|suggestions <file.xlsx|file.csv>`
// — imports a council's spreadsheet of earlier cases or suggestions, as the admin API does, and
// prints the report (JSON). `npm start` imports the demo history with it. Rows imported before
// are skipped, so running it twice adds nothing. COUNCIL_ID names the council (default: the only
// top-level council). Exit 0 even with bad rows (they are in the report); 1 if the file fails.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { z } from 'zod';
import { loadConfig } from '@shangliang/config';
import { OrganisationDirectory, OrganisationDirectoryModule } from '@shangliang/organisation';
import { databaseConfigFrom, databaseConfigSchema, PrismaModule } from '@shangliang/persistence';
import { CaseRepository } from '../cases/case.repository';
import { SuggestionRepository } from '../suggestions/suggestion.repository';
import { ImportHistoryUseCase } from './import-history.usecase';

const USAGE = 'usage: history-import.cli.js cases|suggestions <file.xlsx|file.csv>';
const env = loadConfig(databaseConfigSchema.extend({ COUNCIL_ID: z.string().min(1).max(32).optional() }));

@Module({ imports: [PrismaModule.forRoot(databaseConfigFrom(env)), OrganisationDirectoryModule], providers: [CaseRepository, SuggestionRepository, ImportHistoryUseCase] })
class HistoryImportCliModule {}

async function main([kind, path]: string[]): Promise<void> {
  if ((kind !== 'cases' && kind !== 'suggestions') || !path) throw new UsageError(USAGE);
  const buffer = readFileSync(path);
  const app = await NestFactory.createApplicationContext(HistoryImportCliModule, { logger: ['error', 'warn'] });
  try {
    const councilId = await app.get(OrganisationDirectory).councilForOperator(env.COUNCIL_ID);
    if (!councilId) throw new UsageError('name the council with COUNCIL_ID (no single top-level council found)');
    // The audit names the import tool as the actor: no member of staff ran it.
    const report = await app.get(ImportHistoryUseCase).execute(kind, { originalname: basename(path), buffer, size: buffer.length }, { staffId: 'history-import-cli', councilId });
    const { errors, ...summary } = report;
    process.stdout.write(`${JSON.stringify({ ...summary, errors: errors.slice(0, 20) })}\n`);
  } finally {
    await app.close();
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
