import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, connectTestTemporal, eventually, testEnvironment } from '@shangliang/testing';
import type { Client } from '@temporalio/client';
import { Redis } from 'ioredis';
import { createPartner, postWorkOrder, staffToken, workOrder } from './support/hotline-client';
import { open311Post } from './support/open311-client';
import { claimTeam, peopleOf, raiseProblem, resident, screenSuitable, waitForStage } from './support/problem-flows';
import { notificationTablesText, smsSink } from './support/notifications';

/** Numbers and names only this test uses, so finding one anywhere means the run leaked it. */
const WEB_PHONE = '13511112222';
const JOIN_PHONE = '13533334444';
const HOTLINE_PHONE = '13555556666';
const OPEN311_PHONE = '13577778888';
const NAMES = ['欧阳娜娜', '司马光明', '诸葛亮亮'];
const SECRETS = [WEB_PHONE, JOIN_PHONE, HOTLINE_PHONE, OPEN311_PHONE, ...NAMES];

/** A workflow history as text, with every payload's bytes decoded (payloads are JSON). */
function historyText(history: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown, key?: string): void => {
    if (node instanceof Uint8Array) parts.push(Buffer.from(node).toString('utf8'));
    else if (key === 'data' && typeof node === 'string') parts.push(Buffer.from(node, 'base64').toString('utf8'));
    else if (Array.isArray(node)) node.forEach((n) => walk(n));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
    else if (typeof node === 'string') parts.push(node);
  };
  walk(history);
  return parts.join('\n');
}

const leaks = (where: string, text: string) => SECRETS.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`);

describe('personal data', () => {
  let temporal: Client;
  beforeAll(async () => {
    temporal = await connectTestTemporal();
  });
  afterAll(async () => {
    await temporal.connection.close();
  });

  it('keeps residents’ phone numbers and names out of logs, queue payloads, workflow histories and the notifications context on every channel', async () => {
    const since = new Date();
    const people = peopleOf('com-17');
    const admin = await ApiClient.login('admin');

    // Web, then a second resident joining; the problem goes as far as consultation.
    const web = await raiseProblem({ communityId: 'com-17', contact: { name: NAMES[0], phone: WEB_PHONE, consentToCallback: true } });
    await resident.post('intake', `/public/problems/${web.id}/join`, { contact: { phone: JOIN_PHONE, name: NAMES[1], consentToCallback: true } });
    await screenSuitable(people, web.id);
    await claimTeam(people, web.id, 2);
    await waitForStage(admin, web.id, 'consultation');

    // The 12345 hotline and an Open311 client.
    const partner = await createPartner(await staffToken('admin'));
    const order = await postWorkOrder(partner, workOrder({ callerPhone: HOTLINE_PHONE, callerName: NAMES[2], communityId: 'com-17' }));
    expect(order.status).toBe(201);
    const apiKey = (await admin.post('intake', '/admin/api-keys', { name: 'personal-data test' })).body.key as string;
    const open311 = await open311Post('requests.json', {
      api_key: apiKey,
      service_code: 'environment',
      'attribute[community_id]': 'com-17',
      'attribute[urgency]': 'normal',
      description: '河道里漂浮垃圾很多，请尽快清理。',
      phone: OPEN311_PHONE,
      first_name: '明',
      last_name: '王',
    });
    expect(open311.status).toBe(201);
    await waitForStage(admin, order.body.problemId, 'screening');

    // Stored for call-backs, behind the contact endpoint only.
    const contacts = await eventually(() => admin.get('intake', `/problems/${web.id}/contact`), (r) => r.status === 200, { what: 'contacts' });
    expect(contacts.body.map((c: { phone: string }) => c.phone).sort()).toEqual([WEB_PHONE, JOIN_PHONE].sort());

    const found: string[] = [];
    const logDir = join(testEnvironment.varDir, 'log');
    for (const file of readdirSync(logDir)) found.push(...leaks(`log ${file}`, readFileSync(join(logDir, file), 'utf8')));

    let checked = 0;
    for await (const execution of temporal.workflow.list({ query: `StartTime >= '${since.toISOString()}'` })) {
      const history = await temporal.workflow.getHandle(execution.workflowId).fetchHistory();
      const text = historyText(history);
      found.push(...leaks(`workflow ${execution.workflowId}`, text));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
    // Positive control: the decoding does find what a history carries (the problem's reference).
    const ownHistory = historyText(await temporal.workflow.getHandle(web.workflow.workflowId).fetchHistory());
    expect(ownHistory.includes(web.reference)).toBe(true);

    // Every job still in Redis (BullMQ keeps a job's payload in the hash's `data` field).
    const redis = new Redis({ host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6391) });
    let jobs = 0;
    try {
      const prefix = process.env.QUEUE_PREFIX ?? 'shangliang-test';
      for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000, type: 'hash' })) {
        const payloads = await Promise.all((keys as string[]).map((key) => redis.hget(key, 'data').then((data) => [key, data ?? ''] as const)));
        for (const [key, data] of payloads) found.push(...leaks(`queue job ${key}`, data));
        jobs += payloads.length;
      }
    } finally {
      redis.disconnect();
    }
    expect(jobs).toBeGreaterThan(0);

    // The notifications context keeps reporter ids only (numbers are asked of intake when a text
    // goes out), and the webhooks it sent to departments carry none either.
    found.push(...leaks('notification tables', await notificationTablesText()));
    found.push(...leaks('webhook bodies', JSON.stringify(await smsSink.webhooks())));
    expect(found).toEqual([]);
  });
});
