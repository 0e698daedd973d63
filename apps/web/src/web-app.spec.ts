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

/** A stand-in intake that records what reached it and answers with JSON. */
async function fakeIntake(): Promise<{ server: Server; url: string; seen: Seen[] }> {
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

describe('the web server', () => {
  let intake: Awaited<ReturnType<typeof fakeIntake>>;
  let app: INestApplication;
  let base: string;
  let clientDir: string;

  beforeAll(async () => {
    intake = await fakeIntake();
    clientDir = mkdtempSync(join(tmpdir(), 'web-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>商量</title>');
    writeFileSync(join(clientDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    const config: WebConfig = { port: 0, intakeUrl: new URL(intake.url), clientDir, logLevel: 'silent' };
    app = await createWebApp(config);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => intake.server.close(resolve));
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('answers /health', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the client page for every page path, never cached, with a strict CSP', async () => {
    for (const path of ['/', '/track/AB12CD34', '/studios']) {
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

  it('answers 502 in the usual error shape when intake is down', async () => {
    const config: WebConfig = { port: 0, intakeUrl: new URL('http://127.0.0.1:9'), clientDir, logLevel: 'silent' };
    const lonely = await createWebApp(config);
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
    const config: WebConfig = { port: 0, intakeUrl: new URL(intake.url), clientDir: join(clientDir, 'nowhere'), logLevel: 'silent' };
    await expect(createWebApp(config)).rejects.toThrow(/web client is not built/);
  });
});
