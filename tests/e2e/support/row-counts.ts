import { Client } from 'pg';

/** The bounded contexts' schemas (README, Data): every table a request could write. */
const APP_SCHEMAS = ['intake', 'assignment', 'consultation', 'supervision', 'organisation', 'messaging', 'notifications'];

/**
 * Per table, its row count and the newest row version's transaction id (`xmin`): an insert or a
 * delete changes the count, an update writes a row version with a newer `xmin`.
 */
export type RowCounts = Map<string, string>;

/** Row counts and newest writes of every table of the app schemas, read in one statement (one snapshot). */
export class RowCounter {
  private statement = '';

  private constructor(private readonly client: Client) {}

  static async connect(): Promise<RowCounter> {
    const client = new Client({
      host: process.env.PGHOST ?? '127.0.0.1',
      port: Number(process.env.PGPORT ?? 5432),
      user: process.env.PGUSER ?? 'postgres',
      password: process.env.PGPASSWORD || undefined,
      database: process.env.PGDATABASE ?? 'shangliang_test',
    });
    await client.connect();
    const counter = new RowCounter(client);
    const tables = await client.query<{ name: string }>(
      `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
      [APP_SCHEMAS],
    );
    if (tables.rows.length === 0) throw new Error(`no tables in ${APP_SCHEMAS.join(', ')}`);
    counter.statement = tables.rows
      .map(({ name }) => `SELECT '${name}' AS name, count(*) || ' rows, newest write ' || coalesce(max(xmin::text::bigint), 0) AS state FROM ${name}`)
      .join(' UNION ALL ');
    return counter;
  }

  async snapshot(): Promise<RowCounts> {
    const result = await this.client.query<{ name: string; state: string }>(this.statement);
    return new Map(result.rows.map((r) => [r.name, r.state]));
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** Tables written between two snapshots, as `table: before → after`. */
export function changedTables(before: RowCounts, after: RowCounts): string[] {
  return [...after].filter(([name, state]) => before.get(name) !== state).map(([name, state]) => `${name}: ${before.get(name)} → ${state}`);
}
