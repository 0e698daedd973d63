import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createWebApp } from './web-app';
import type { WebConfig } from './web.config';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A stand-in service that records what reached it and answers with JSON. */
async function fakeService(): Promise<{ server: Server; url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(req.url === '/problems' ? 201 : 200, { 'content-type': 'application/json', connection: 'keep-alive' });
      res.end(JSON.stringify({ ok: true, url: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** Intake on `intakeUrl`; the other staff services wherever the test points them (nowhere by default). */
function configFor(intakeUrl: URL, clientDir: string, staff: Partial<WebConfig['staffUrls']> = {}): WebConfig {
  const nowhere = new URL('http://127.0.0.1:9');
  return {
    port: 0,
    intakeUrl,
    staffUrls: { intake: intakeUrl, assignment: nowhere, consultation: nowhere, supervision: nowhere, notifications: nowhere, ...staff },
    clientDir,
    logLevel: 'silent',
    corsOrigins: [],
    processes: 1,
  };
}

describe('the web server', () => {
  let intake: Awaited<ReturnType<typeof fakeService>>;
  let assignment: Awaited<ReturnType<typeof fakeService>>;
  let app: INestApplication;
  let base: string;
  let clientDir: string;

  beforeAll(async () => {
    intake = await fakeService();
    assignment = await fakeService();
    clientDir = mkdtempSync(join(tmpdir(), 'web-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>商量</title>');
    writeFileSync(join(clientDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = await createWebApp(configFor(new URL(intake.url), clientDir, { assignment: new URL(assignment.url) }));
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => intake.server.close(resolve));
    await new Promise((resolve) => assignment.server.close(resolve));
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('answers /health', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the client page for every page path, never cached, with a strict CSP', async () => {
    for (const path of ['/', '/track/AB12CD34', '/studios', '/console', '/console/problems/0b6c4a36-4a53-4f0a-9d2b-9b5e1a0f1c11']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>商量</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('caches hashed assets for good and 404s a missing asset', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('forwards /api/* to intake with the body and Idempotency-Key untouched, and no cookies', async () => {
    const body = JSON.stringify({ title: '路灯不亮' });
    const res = await fetch(`${base}/api/problems`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1', cookie: 'session=secret', authorization: 'Bearer x' },
      body,
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true, url: '/problems' });
    const seen = intake.seen.at(-1)!;
    expect(seen).toMatchObject({ method: 'POST', url: '/problems' });
    expect(seen.body.toString()).toBe(body);
    expect(seen.headers['idempotency-key']).toBe('k-1');
    expect(seen.headers.cookie).toBeUndefined();
    expect(seen.headers.authorization).toBeUndefined();
  });

  it('streams a multipart upload through byte for byte', async () => {
    const form = new FormData();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    form.append('photo', new Blob([bytes], { type: 'image/jpeg' }), 'x.jpg');
    const res = await fetch(`${base}/api/public/problems/AB12CD34/photos`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const seen = intake.seen.at(-1)!;
    expect(seen.url).toBe('/public/problems/AB12CD34/photos');
    expect(seen.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.body.includes(Buffer.from(bytes))).toBe(true);
  });

  it('keeps the query string and refuses staff routes with 404', async () => {
    await fetch(`${base}/api/public/studios?x=1`);
    expect(intake.seen.at(-1)!.url).toBe('/public/studios?x=1');
    const before = intake.seen.length;
    const res = await fetch(`${base}/api/problems/0b6c4a36-4a53-4f0a-9d2b-9b5e1a0f1c11/contact`);
    expect(res.status).toBe(404);
    expect(intake.seen.length).toBe(before);
  });

  it('forwards /api/staff/<service>/* to that service with the bearer token, never cookies, and never cached', async () => {
    const res = await fetch(`${base}/api/staff/assignment/auth/me`, { headers: { authorization: 'Bearer staff-token', cookie: 'session=secret' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const seen = assignment.seen.at(-1)!;
    expect(seen).toMatchObject({ method: 'GET', url: '/auth/me' });
    expect(seen.headers.authorization).toBe('Bearer staff-token');
    expect(seen.headers.cookie).toBeUndefined();

    const body = JSON.stringify({ reason: '经核实不是同一问题' });
    const unmerge = await fetch(`${base}/api/staff/intake/problems/0b6c4a36-4a53-4f0a-9d2b-9b5e1a0f1c11/unmerge`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer staff-token' },
      body,
    });
    expect(unmerge.status).toBe(200);
    expect(intake.seen.at(-1)).toMatchObject({ method: 'POST', url: '/problems/0b6c4a36-4a53-4f0a-9d2b-9b5e1a0f1c11/unmerge' });
    expect(intake.seen.at(-1)!.body.toString()).toBe(body);
    expect(intake.seen.at(-1)!.headers.authorization).toBe('Bearer staff-token');
  });

  it('answers 404 for staff routes the console does not use, without reaching any service', async () => {
    const before = [intake.seen.length, assignment.seen.length];
    for (const path of ['/api/staff/assignment/admin/councils', '/api/staff/intake/api-keys', '/api/staff/intake/docs-json', '/api/staff/worker/health', '/api/staff/intake/problems/..%2fapi-keys']) {
      const res = await fetch(`${base}${path}`, { method: 'GET', headers: { authorization: 'Bearer staff-token' } });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ statusCode: 404, code: 'not_found' });
    }
    expect([intake.seen.length, assignment.seen.length]).toEqual(before);
  });

  it('answers 502 in the usual error shape when intake is down', async () => {
    const lonely = await createWebApp(configFor(new URL('http://127.0.0.1:9'), clientDir));
    await lonely.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`${await lonely.getUrl()}/api/public/studios`);
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({ statusCode: 502, message: expect.any(String) });
    } finally {
      await lonely.close();
    }
  });

  it('refuses to start when the client has not been built', async () => {
    await expect(createWebApp(configFor(new URL(intake.url), join(clientDir, 'nowhere')))).rejects.toThrow(/web client is not built/);
  });
});
