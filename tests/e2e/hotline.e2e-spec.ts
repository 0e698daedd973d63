import { createHmac } from 'node:crypto';
import { ApiClient, eventually, testEnvironment } from '@shangliang/testing';
import { createPartner, csvOf, type Partner, postWorkOrder, sign, staffToken, startCallbackServer, uploadImport, workOrder } from './support/hotline-client';

const IMPORT_COLUMNS = ['orderNumber', 'receivedAt', 'callerPhone', 'callerName', 'requestType', 'category', 'communityId', 'address', 'content', 'urgency', 'partnerDeadline'];

describe('hotline work orders (12345 partners)', () => {
  let admin: ApiClient;
  let adminToken: string;
  let partner: Partner;

  beforeAll(async () => {
    admin = await ApiClient.login('admin');
    adminToken = await staffToken('admin');
    partner = await createPartner(adminToken);
  });

  const problemTotal = async () => (await admin.get('intake', '/problems?limit=1')).body.total as number;
  const orderRecord = (p: Partner, orderNumber: string) => admin.get('intake', `/hotline/partners/${p.id}/orders/${encodeURIComponent(orderNumber)}`);

  it('lets only admins manage partners, and shows the secret only when it is generated', async () => {
    expect(partner.secret).toMatch(/^[0-9a-f]{64}$/);
    const listed = await admin.get('intake', '/hotline/partners');
    expect(listed.status).toBe(200);
    expect(listed.body.find((p: { id: string }) => p.id === partner.id)).toEqual(expect.objectContaining({ id: partner.id, active: true }));
    expect(JSON.stringify(listed.body)).not.toContain(partner.secret);

    const convener = await ApiClient.login('convener-loc-003');
    expect((await convener.post('intake', '/hotline/partners', { id: 'hl-not-allowed', name: '不允许' })).status).toBe(403);
    expect((await admin.post('intake', '/hotline/partners', { id: partner.id, name: '重复' })).status).toBe(409);
  });

  it('creates one problem when the same order is posted three times at once, and answers resends with it', async () => {
    const order = workOrder();
    const responses = await Promise.all([1, 2, 3].map(() => postWorkOrder(partner, order)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.problemId)).size).toBe(1);
    const first = responses.find((r) => r.status === 201)!.body;
    expect(first).toEqual({ problemId: expect.any(String), reference: expect.stringMatching(/^SL-\d{4}-\d{6}$/), trackingCode: expect.any(String), merged: false });

    // A retry after a timeout is the same request again, later.
    const retry = await postWorkOrder(partner, order);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first);

    const problem = await admin.get('intake', `/problems/${first.problemId}`);
    expect(problem.body).toMatchObject({ source: 'hotline', communityId: 'com-06', category: 'public_facilities', contact: { phone: expect.stringMatching(/^139\*{4}\d{4}$/) } });
    const history = (await admin.get('intake', `/problems/${first.problemId}/history`)).body as { kind: string; detail: Record<string, unknown> }[];
    const received = history.filter((h) => h.kind === 'hotline_order_received');
    expect(received).toHaveLength(1);
    expect(received[0].detail).toMatchObject({ partnerId: partner.id, orderNumber: order.orderNumber, requestType: 'complaint' });
    expect(JSON.stringify(history)).not.toContain(String(order.callerPhone));
  });

  it('refuses the same order number with different content', async () => {
    const order = workOrder();
    expect((await postWorkOrder(partner, order)).status).toBe(201);
    const changed = await postWorkOrder(partner, { ...order, content: `${String(order.content)} 补充说明` });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('idempotency_key_reused');
  });

  it('answers a bad signature, a stale timestamp and an unknown or inactive partner with 401, writing nothing', async () => {
    const before = await problemTotal();
    const order = workOrder();
    const now = Math.floor(Date.now() / 1000);
    const body = JSON.stringify(order);

    const forged = await postWorkOrder(partner, order, { signature: sign('f'.repeat(64), now, body), timestamp: now });
    const stale = await postWorkOrder(partner, order, { timestamp: now - 301 });
    const early = await postWorkOrder(partner, order, { timestamp: now + 400 });
    const tampered = await postWorkOrder(partner, order, { signature: sign(partner.secret, now, body), timestamp: now, body: body.replace('健身器材', '健身器械') });
    const unknown = await postWorkOrder(partner, order, { partnerId: 'hl-nobody' });
    for (const res of [forged, stale, early, tampered, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthenticated');
    }

    const inactive = await createPartner(adminToken);
    expect((await admin.patch('intake', `/hotline/partners/${inactive.id}`, { active: false })).status).toBe(200);
    expect((await postWorkOrder(inactive, order)).status).toBe(401);

    expect(await problemTotal()).toBe(before);
    expect((await orderRecord(partner, String(order.orderNumber))).status).toBe(404);
  });

  it('answers a missing field or a wrong type with 400 naming the field, writing nothing', async () => {
    const before = await problemTotal();
    const { content: _content, ...missingContent } = workOrder();
    const missing = await postWorkOrder(partner, missingContent);
    expect(missing.status).toBe(400);
    expect(missing.body.fields.map((f: { field: string }) => f.field)).toEqual(['content']);

    const wrongType = await postWorkOrder(partner, workOrder({ urgency: 3 }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.fields.map((f: { field: string }) => f.field)).toEqual(['urgency']);

    const badCategory = await postWorkOrder(partner, workOrder({ category: 'weather', receivedAt: 'yesterday' }));
    expect(badCategory.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['category', 'receivedAt']);

    const unknownCommunity = await postWorkOrder(partner, workOrder({ communityId: 'com-99' }));
    expect(unknownCommunity.status).toBe(400);
    expect(unknownCommunity.body.fields.map((f: { field: string }) => f.field)).toEqual(['communityId']);

    const notJson = await postWorkOrder(partner, null, { body: '{"orderNumber": ' });
    expect(notJson.status).toBe(400);

    expect(await problemTotal()).toBe(before);
  });

  it("merges a caller's repeated complaint into the open problem they raised", async () => {
    const first = workOrder();
    const again: Record<string, unknown> = { ...workOrder(), callerPhone: first.callerPhone, content: first.content };
    const raised = await postWorkOrder(partner, first);
    const merged = await postWorkOrder(partner, again);
    expect(raised.status).toBe(201);
    expect(merged.status).toBe(201);
    expect(merged.body).toEqual({ ...raised.body, merged: true });
    const record = await orderRecord(partner, String(again.orderNumber));
    expect(record.body).toMatchObject({ problemId: raised.body.problemId, merged: true });
  });

  it('imports 1,000 rows with 10 malformed as 990 problems and a 10-row error report; a re-import adds nothing', async () => {
    const malformedAt = new Set([3, 50, 123, 250, 400, 555, 700, 801, 950, 999]);
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const row = workOrder({ communityId: `com-${String((i % 18) + 1).padStart(2, '0')}`, callerPhone: `137${String(20_000_000 + i).padStart(8, '0')}`, content: `第${i}号批量工单：${i}号楼前的排水沟堵塞，雨天积水严重。` });
      if (!malformedAt.has(i)) return row;
      return i % 2 === 0 ? { ...row, urgency: 'whenever' } : { ...row, callerPhone: 'no phone' };
    });
    const csv = csvOf(rows, IMPORT_COLUMNS);
    const before = await problemTotal();

    const started = await uploadImport(adminToken, partner.id, csv, 'daily-export.csv');
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', totalRows: 1000, fileName: 'daily-export.csv' });
    const done = await eventually(
      () => admin.get('intake', `/hotline/imports/${started.body.id}`),
      (r) => r.status === 200 && r.body.status !== 'running',
      { timeoutMs: 240_000, intervalMs: 1000, what: 'the import to finish' },
    );
    expect(done.body).toMatchObject({ status: 'finished', totalRows: 1000, importedRows: 990, skippedRows: 0, failedRows: 10 });
    // Rows as a spreadsheet numbers them: the header is row 1, data row i is row i + 2.
    const expectedErrors = [...malformedAt].sort((a, b) => a - b).map((i) => ({ row: i + 2, field: i % 2 === 0 ? 'urgency' : 'callerPhone' }));
    expect(done.body.errors.map((e: { row: number; field: string }) => ({ row: e.row, field: e.field }))).toEqual(expectedErrors);
    expect(await problemTotal()).toBe(before + 990);

    const again = await uploadImport(adminToken, partner.id, csv, 'daily-export.csv');
    const redone = await eventually(
      () => admin.get('intake', `/hotline/imports/${again.body.id}`),
      (r) => r.status === 200 && r.body.status !== 'running',
      { timeoutMs: 120_000, intervalMs: 1000, what: 'the re-import to finish' },
    );
    expect(redone.body).toMatchObject({ status: 'finished', importedRows: 0, skippedRows: 990, failedRows: 10 });
    expect(await problemTotal()).toBe(before + 990);
  }, 400_000);

  it('refuses an import file without the required columns, naming the file', async () => {
    const res = await uploadImport(adminToken, partner.id, 'orderNumber,content\nGD-1,路灯坏了\n');
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ field: 'file', message: expect.stringContaining('receivedAt') }]);
  });

  it('delivers a signed status callback when the problem changes stage, retrying until the partner acknowledges', async () => {
    // The partner's endpoint is down for the first two attempts of each callback.
    const endpoint = await startCallbackServer((attempt) => (attempt <= 2 ? 503 : 204));
    try {
      const withCallbacks = await createPartner(adminToken, { callbackUrl: endpoint.url });
      const order = workOrder();
      const raised = await postWorkOrder(withCallbacks, order);
      expect(raised.status).toBe(201);

      const delivered = await eventually(
        async () => endpoint.received.filter((r) => JSON.parse(r.body).stage === 'screening'),
        (calls) => calls.some((c) => c.answeredWith === 204),
        { timeoutMs: 90_000, what: 'the screening callback to be acknowledged' },
      );
      expect(delivered.map((c) => c.answeredWith)).toEqual([503, 503, 204]);
      const final = delivered[2];
      expect(JSON.parse(final.body)).toEqual({
        orderNumber: order.orderNumber,
        problemId: raised.body.problemId,
        reference: raised.body.reference,
        stage: 'screening',
        stageLabel: { zh: '甄别中', en: 'Being screened' },
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      const timestamp = String(final.headers['x-timestamp']);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(300);
      expect(final.headers['x-signature']).toBe(createHmac('sha256', withCallbacks.secret).update(`${timestamp}.${final.body}`).digest('hex'));
      expect(final.body).not.toContain(String(order.callerPhone));
      expect(final.body).not.toContain(String(order.callerName));

      const record = await eventually(
        () => orderRecord(withCallbacks, String(order.orderNumber)),
        (r) => r.body.callbacks?.some((c: { stage: string; status: string }) => c.stage === 'screening' && c.status === 'delivered'),
        { what: 'the callback to be recorded as delivered' },
      );
      expect(record.body.callbacks.find((c: { stage: string }) => c.stage === 'screening')).toMatchObject({ status: 'delivered', attempts: 3, lastError: null });
    } finally {
      await endpoint.close();
    }
  });

  it('documents the work order schema in the OpenAPI description', async () => {
    const docs = (await fetch(`${testEnvironment.url('intake')}/docs-json`).then((r) => r.json())) as { paths: Record<string, { post: { description: string } }> };
    const operation = docs.paths['/hotline/partners/{partnerId}/work-orders'].post;
    expect(operation.description).toContain('X-Signature');
    expect(operation.description).toContain('orderNumber');
  });
});
