// Prisma CLI configuration (generate, migrate). Run through `npm run prisma -- <cmd>` or the
// infra scripts, which pass `--config` pointing here. It reads the same PG* variables as the
// services, so the CLI migrates exactly the database the services use.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { databaseConfigFrom, databaseConfigSchema, databaseUrl } from './src/database-config';
import { migrateAdapterFactory, unrefLongTimers } from './src/migrate-adapter';

unrefLongTimers();
const database = databaseConfigFrom(databaseConfigSchema.parse(process.env));
// The CLI needs DATABASE_URL to read `engineType` from the schema, even though the adapter
// below decides where it connects.
process.env.DATABASE_URL ??= databaseUrl(database);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'prisma', 'schema'),
  migrations: { path: path.join(__dirname, 'prisma', 'migrations') },
  adapter: async () => migrateAdapterFactory(database),
});
