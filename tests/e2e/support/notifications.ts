import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { PayloadInputOf } from '@shangliang/contracts';
import { testEnvironment } from '@shangliang/testing';

/** What the notifications context is fed: published straight onto its queue, as intake's outbox relay does. */
export class NotificationFeed {
  private readonly connection = new Redis({ host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6391), maxRetriesPerRequest: null });
  private readonly queue = new Queue('notifications', { connection: this.connection, prefix: process.env.QUEUE_PREFIX ?? 'shangliang-test' });

  /** Publishes a message; `delivery` tells a redelivery of the same message (same event id) apart for Redis. */
  async publish<P extends 'problem.progressed' | 'resident.question-asked'>(pattern: P, payload: PayloadInputOf<'notifications', P>, delivery = 1): Promise<void> {
    await this.queue.add(pattern, payload, { jobId: `${payload.eventId}.d${delivery}`, attempts: 20, backoff: { type: 'exponential', delay: 200 } });
  }

  /** Whether the notifications service finished with that delivery of the message. */
  async processed(eventId: string, delivery = 1): Promise<boolean> {
    return (await this.queue.getJobState(`${eventId}.d${delivery}`)) === 'completed';
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

/** A problem the tests tell the notifications service about (it need not exist in intake). */
export function fakeProblem(communityId = 'com-01') {
  const problemId = randomUUID();
  const reference = `QX-T${problemId.slice(0, 6).toUpperCase()}`;
  let step = 0;
  const base = { problemId, reference, communityId, category: 'public_facilities' as const, residentReporterIds: [] as string[] };
  return {
    problemId,
    reference,
    /** One recorded step of the problem, with a fresh event id. */
    step(stage: PayloadInputOf<'notifications', 'problem.progressed'>['stage'], kind: string, detail: Record<string, string | number | boolean | null> = {}, extra: { residentReporterIds?: string[]; dueAt?: string | null } = {}) {
      step += 1;
      return { ...base, eventId: `${problemId}.step-${step}`, occurredAt: new Date().toISOString(), stage, kind, detail, ...extra };
    },
  };
}

export interface MailpitMessage {
  ID: string;
  MessageID: string;
  Subject: string;
  To: { Address: string }[];
  Snippet: string;
}

export const mailpit = {
  async search(query: string): Promise<MailpitMessage[]> {
    const res = await fetch(`${testEnvironment.mailpitUrl}/api/v1/search?limit=500&query=${encodeURIComponent(query)}`);
    if (!res.ok) throw new Error(`Mailpit search answered ${res.status}`);
    return ((await res.json()) as { messages: MailpitMessage[] }).messages;
  },
  async text(id: string): Promise<string> {
    const res = await fetch(`${testEnvironment.mailpitUrl}/api/v1/message/${id}`);
    return ((await res.json()) as { Text: string }).Text;
  },
};

export interface SinkText {
  outId: string;
  phoneNumbers: string;
  templateCode: string;
  templateParam: Record<string, string>;
  receivedAt: string;
}
export interface SinkWebhook {
  name: string;
  headers: Record<string, string>;
  body: string;
}

export const smsSink = {
  async texts(): Promise<SinkText[]> {
    return ((await (await fetch(`${testEnvironment.url('sms-sink')}/messages`)).json()) as { messages: SinkText[] }).messages;
  },
  async webhooks(name?: string): Promise<SinkWebhook[]> {
    const query = name ? `?name=${encodeURIComponent(name)}` : '';
    return ((await (await fetch(`${testEnvironment.url('sms-sink')}/webhooks${query}`)).json()) as { webhooks: SinkWebhook[] }).webhooks;
  },
};

function testDatabase(): Client {
  return new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD || undefined,
    database: process.env.PGDATABASE ?? 'shangliang_test',
  });
}

/** The notification events recorded for a problem (what the service made of its steps). */
export async function notificationEventsOf(problemId: string): Promise<{ id: string; kind: string }[]> {
  const client = testDatabase();
  await client.connect();
  try {
    return (await client.query<{ id: string; kind: string }>('SELECT id, kind FROM notifications.notification_events WHERE problem_id = $1', [problemId])).rows;
  } finally {
    await client.end();
  }
}

/** Every row of the notifications context's tables, as JSON text (for the personal-data search). */
export async function notificationTablesText(): Promise<string> {
  const client = testDatabase();
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(`SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'notifications' AND table_type = 'BASE TABLE'`);
    const parts: string[] = [];
    for (const { name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM notifications.${name} t`);
      parts.push(...rows.rows.map((r) => r.row));
    }
    return parts.join('\n');
  } finally {
    await client.end();
  }
}

/** Deliveries of the cadence check's notices not yet sent (pending or sending). */
export async function pendingCadenceDeliveries(): Promise<number> {
  const client = testDatabase();
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM notifications.notification_deliveries d JOIN notifications.notification_events e ON e.id = d.event_id
       WHERE e.kind LIKE 'cadence.%' AND d.status IN ('pending', 'sending')`,
    );
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}
