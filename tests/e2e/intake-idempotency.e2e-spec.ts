import { randomUUID } from 'node:crypto';
import { ApiClient, connectTestTemporal, eventually } from '@shangliang/testing';
import type { Client } from '@temporalio/client';
import { problemWorkflowId } from '@shangliang/contracts';
import { resident } from './support/problem-flows';

const body = (title: string) => ({
  title,
  description: '垃圾站每天傍晚满溢，气味很大，影响周边住户。',
  category: 'environment',
  communityId: 'com-03',
});

describe('intake under retries and bad input', () => {
  let temporal: Client;
  let admin: ApiClient;

  beforeAll(async () => {
    temporal = await connectTestTemporal();
    admin = await ApiClient.login('admin');
  });
  afterAll(async () => {
    await temporal.connection.close();
  });

  const countWorkflows = async (workflowId: string) => {
    let n = 0;
    for await (const _ of temporal.workflow.list({ query: `WorkflowId = '${workflowId}'` })) n++;
    return n;
  };
  const problemsTitled = async (title: string) => {
    const res = await admin.get('intake', `/problems?communityId=com-03&limit=200`);
    return (res.body.items as { title: string; id: string }[]).filter((p) => p.title === title);
  };

  it('creates one problem and one workflow for the same request sent three times with one Idempotency-Key', async () => {
    const key = randomUUID();
    const title = `垃圾站满溢 ${key.slice(0, 8)}`;
    const first = await resident.post('intake', '/problems', body(title), { 'Idempotency-Key': key });
    const retries = await Promise.all([1, 2].map(() => resident.post('intake', '/problems', body(title), { 'Idempotency-Key': key })));

    expect(first.status).toBe(201);
    for (const retry of retries) {
      expect(retry.status).toBe(200);
      expect(retry.body.id).toBe(first.body.id);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
    }
    expect(await problemsTitled(title)).toHaveLength(1);
    await eventually(() => countWorkflows(problemWorkflowId(first.body.id)), (n) => n === 1, { what: 'the workflow to be visible' });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // give a stray second start time to show up
    expect(await countWorkflows(problemWorkflowId(first.body.id))).toBe(1);
  });

  it('creates one problem when three requests with one key arrive at once', async () => {
    const key = randomUUID();
    const title = `并发重复 ${key.slice(0, 8)}`;
    const responses = await Promise.all([1, 2, 3].map(() => resident.post('intake', '/problems', body(title), { 'Idempotency-Key': key })));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(await problemsTitled(title)).toHaveLength(1);
  });

  it('refuses to reuse a key for a different request', async () => {
    const key = randomUUID();
    await resident.post('intake', '/problems', body(`第一次 ${key}`.slice(0, 40)), { 'Idempotency-Key': key });
    const reused = await resident.post('intake', '/problems', body(`另一件事 ${key}`.slice(0, 40)), { 'Idempotency-Key': key });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('answers a malformed body with a 400 naming the field, and writes nothing', async () => {
    const before = (await admin.get('intake', '/problems?limit=1')).body.total;
    const wrongType = await resident.post('intake', '/problems', { ...body('类型错误'), category: 'weather' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.fields.map((f: { field: string }) => f.field)).toEqual(['category']);

    const missing = await resident.post('intake', '/problems', { title: '缺少描述', category: 'environment', communityId: 'com-03' });
    expect(missing.status).toBe(400);
    expect(missing.body.fields.map((f: { field: string }) => f.field)).toEqual(['description']);

    const badPhone = await resident.post('intake', '/problems', { ...body('电话错误'), contact: { phone: 'call me', consentToCallback: true } });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.fields.map((f: { field: string }) => f.field)).toEqual(['contact.phone']);

    const unknownCommunity = await resident.post('intake', '/problems', { ...body('社区不存在'), communityId: 'com-99' });
    expect(unknownCommunity.status).toBe(400);
    expect(unknownCommunity.body.fields.map((f: { field: string }) => f.field)).toEqual(['communityId']);

    const notJson = await resident.post('intake', '/problems', '{"title": ');
    expect(notJson.status).toBe(400);

    expect((await admin.get('intake', '/problems?limit=1')).body.total).toBe(before);
  });
});
