import { z } from 'zod';

/**
 * Where the database is. Discrete fields (libpq's PG* names) rather than a URL: Prisma's
 * migrate shadow-database hook overrides `database`, which pg ignores once a connection string
 * is set.
 */
export const databaseConfigSchema = z.object({
  PGHOST: z.string().min(1).default('127.0.0.1'),
  PGPORT: z.coerce.number().int().positive().default(5432),
  PGUSER: z.string().min(1).default('postgres'),
  PGPASSWORD: z.string().default(''),
  PGDATABASE: z.string().min(1).default('shangliang'),
  PGSSL: z.enum(['true', 'false']).default('false'),
  PGPOOL_MAX: z.coerce.number().int().positive().default(10),
});
export type DatabaseEnv = z.infer<typeof databaseConfigSchema>;

export interface DatabaseConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  ssl: boolean;
  max: number;
}

export function databaseConfigFrom(env: DatabaseEnv): DatabaseConfig {
  return {
    host: env.PGHOST,
    port: env.PGPORT,
    user: env.PGUSER,
    password: env.PGPASSWORD,
    database: env.PGDATABASE,
    ssl: env.PGSSL === 'true',
    max: env.PGPOOL_MAX,
  };
}

/** pg pool options for a config. */
export function poolOptions(config: DatabaseConfig) {
  return {
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: config.database,
    ssl: config.ssl ? { rejectUnauthorized: true } : undefined,
    max: config.max,
  };
}

/** A URL for the Prisma CLI banner only; the adapter's discrete fields decide the connection. */
export function databaseUrl(config: DatabaseConfig): string {
  const auth = config.password ? `${encodeURIComponent(config.user)}:${encodeURIComponent(config.password)}` : encodeURIComponent(config.user);
  return `postgresql://${auth}@${config.host}:${config.port}/${config.database}`;
}
