import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { Pool, PoolClient, QueryResult } from 'pg';
import { type DatabaseConfig, poolOptions } from './database-config';

/**
 * The driver adapter Prisma's CLI uses to migrate without a native engine (Prisma 6.19's wasm
 * schema engine). It works around four problems measured on these machines (see STACK.md):
 *  1. introspection returns `name` (oid 19) and `"char"` (oid 18) columns the adapter cannot
 *     deserialize — we report them as `text` (oid 25);
 *  2. the shadow database is dropped while its pool is still open — we end the pool first;
 *  3. the shadow hook overrides `database`, so we only ever pass discrete fields;
 *  4. the pool must let the process exit when idle (`allowExitOnIdle`).
 * It also runs migration scripts as one simple-protocol query instead of splitting on `;`,
 * which would break `$$`-quoted function bodies.
 */
const TEXT_OID = 25;
const UNSUPPORTED_TEXT_LIKE_OIDS = new Set([18, 19]);

function textifyFields(result: QueryResult | QueryResult[]): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) {
      if (UNSUPPORTED_TEXT_LIKE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
}

/** Wraps a pg `query` so promise-form results report `name`/`"char"` columns as text. */
function patchQuery(target: Pool | PoolClient): void {
  const original = target.query.bind(target) as (...args: unknown[]) => Promise<QueryResult>;
  (target as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const pending = original(...args);
    if (pending && typeof (pending as Promise<QueryResult>).then === 'function') {
      return (pending as Promise<QueryResult>).then((result) => {
        textifyFields(result);
        return result;
      });
    }
    return pending;
  };
}

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;

async function connect(config: DatabaseConfig): Promise<Adapter> {
  const { Pool } = await import('pg');
  const pool = new Pool({ ...poolOptions(config), max: 2, allowExitOnIdle: true });
  // The adapter queries through the pool, and through checked-out clients in transactions.
  patchQuery(pool);
  pool.on('connect', (client) => patchQuery(client));
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

export function migrateAdapterFactory(config: DatabaseConfig): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connect(config),
    connectToShadowDb: async () => {
      const main = await connect(config);
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, '')}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await connect({ ...config, database });
      const disposeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadow();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await main.dispose();
      };
      return shadow;
    },
  } as SqlMigrationAwareDriverAdapterFactory;
}

/**
 * The wasm engine leaves 10 s and 60 s timers pending, so the CLI would idle for a minute
 * before exiting; long timers created from here on no longer hold the process open.
 */
export function unrefLongTimers(thresholdMs = 10_000): void {
  const original = globalThis.setTimeout;
  const patched = ((handler: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const timer = original(handler, ms, ...rest);
    if ((ms ?? 0) >= thresholdMs) timer.unref?.();
    return timer;
  }) as unknown as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}
