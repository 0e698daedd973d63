import { Client, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import type { Report } from './report';

/** What every part of the benchmark gets: the running bench system's addresses and clients. */
export interface BenchContext {
  report: Report;
  topology: 'dev-server' | 'cluster';
  /** Base URL of a service (`intake`, `assignment`, `consultation`, `supervision`, `notifications`). */
  url(service: 'intake' | 'assignment' | 'consultation' | 'supervision' | 'notifications'): string;
  temporal: Client;
  temporalAddress: string;
  /** The bench database (the services' schemas); for seeding at scale and reading sizes. */
  db: Pool;
  /** A staff token for `username` (demo accounts; password DEMO_PASSWORD). */
  staffToken(username: string): Promise<string>;
}

const PORT_VARIABLE = {
  intake: 'INTAKE_PORT',
  assignment: 'ASSIGNMENT_PORT',
  consultation: 'CONSULTATION_PORT',
  supervision: 'SUPERVISION_PORT',
  notifications: 'NOTIFICATIONS_PORT',
} as const;

export async function createBenchContext(report: Report): Promise<{ context: BenchContext; close(): Promise<void> }> {
  const temporalAddress = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7263';
  const connection = await Connection.connect({ address: temporalAddress });
  const temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
  const db = new Pool({ max: 8 });
  const tokens = new Map<string, Promise<string>>();
  const url = (service: keyof typeof PORT_VARIABLE) => `http://127.0.0.1:${process.env[PORT_VARIABLE[service]]}`;

  async function login(username: string): Promise<string> {
    const res = await fetch(`${url('assignment')}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: process.env.DEMO_PASSWORD ?? 'shangliang-demo' }),
    });
    const body = (await res.json()) as { token?: string };
    if (res.status !== 200 || !body.token) throw new Error(`sign-in as ${username}: ${res.status} ${JSON.stringify(body)}`);
    return body.token;
  }

  const context: BenchContext = {
    report,
    topology: process.env.BENCH_TOPOLOGY === 'cluster' ? 'cluster' : 'dev-server',
    url,
    temporal,
    temporalAddress,
    db,
    staffToken(username) {
      let token = tokens.get(username);
      if (!token) {
        token = login(username);
        tokens.set(username, token);
      }
      return token;
    },
  };
  return {
    context,
    async close() {
      await db.end();
      await connection.close();
    },
  };
}
