import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { gzipSync } from 'node:zlib';
import { LoggerModule } from 'nestjs-pino';
import { createServiceApp, inboxConcurrency } from './bootstrap-service';
import type { HttpConfig } from './http.config';
import { loggerParams } from './logging';

@Controller()
class EchoController {
  @Post('echo')
  echo(@Body() body: unknown) {
    return { body };
  }

  @Get('items/:id')
  item(@Param('id') id: string, @Query() query: unknown) {
    return { id, query };
  }
}

@Module({ imports: [LoggerModule.forRoot(loggerParams('silent', 'test'))], controllers: [EchoController] })
class EchoModule {}

const defaults: HttpConfig = { corsOrigins: [], bodyLimit: '1kb', maxFields: 5, apiDocs: true, processes: 1 };

async function serve(http: Partial<HttpConfig> = {}): Promise<{ app: NestExpressApplication; base: string }> {
  const app = await createServiceApp(EchoModule, { title: 'echo', description: 'echo', http: { ...defaults, ...http } });
  await app.listen(0, '127.0.0.1');
  return { app, base: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

/** An error body's fields. */
const fieldsOf = async (res: Response) => ((await res.json()) as { fields?: unknown }).fields;

const post = (base: string, body: string | Buffer, headers: Record<string, string>) => fetch(`${base}/echo`, { method: 'POST', headers, body });

describe('a service app', () => {
  let app: NestExpressApplication;
  let base: string;

  beforeAll(async () => ({ app, base } = await serve()));
  afterAll(() => app.close());

  it('sends security headers and no X-Powered-By', async () => {
    const res = await fetch(`${base}/items/1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('answers no browser origin with CORS by default', async () => {
    const preflight = await fetch(`${base}/echo`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${base}/items/1`, { headers: { origin: 'https://evil.example' } })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves its OpenAPI document outside production', async () => {
    expect((await fetch(`${base}/docs-json`)).status).toBe(200);
  });

  it('refuses a body over the limit with 413 in the one error shape', async () => {
    const res = await post(base, JSON.stringify({ text: 'x'.repeat(2048) }), { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
  });

  it('refuses an unknown charset or content encoding with 415, and reads gzip', async () => {
    const latin1 = await post(base, '{"a":"b"}', { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    expect(await latin1.json()).toMatchObject({ code: 'unsupported_media_type' });
    expect((await post(base, '{"a":"b"}', { 'content-type': 'application/json', 'content-encoding': 'compress' })).status).toBe(415);
    expect((await post(base, gzipSync('{"a":"b"}'), { 'content-type': 'application/json', 'content-encoding': 'gzip' })).status).toBe(201);
    expect((await post(base, Buffer.from([1, 2, 3]), { 'content-type': 'application/json', 'content-encoding': 'gzip' })).status).toBe(400);
  });

  it('refuses too many form fields and malformed JSON with 400', async () => {
    const form = await post(base, 'a=1&b=2&c=3&d=4&e=5&f=6', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    expect(await form.json()).toMatchObject({ code: 'validation_failed' });
    expect((await post(base, '{"a":', { 'content-type': 'application/json' })).status).toBe(400);
  });

  it('refuses NUL characters and lone surrogates in body, path and query with 400 naming the field', async () => {
    const body = await post(base, JSON.stringify({ note: { text: 'a\u0000b' } }), { 'content-type': 'application/json' });
    expect(body.status).toBe(400);
    expect(await body.json()).toMatchObject({ code: 'validation_failed', fields: [{ field: 'note.text' }] });
    const surrogate = await post(base, '{"t":"\\ud800"}', { 'content-type': 'application/json' });
    expect(await fieldsOf(surrogate)).toEqual([{ field: 't', message: expect.stringMatching(/surrogate/) }]);
    expect(await fieldsOf(await fetch(`${base}/items/a%00b`))).toEqual([{ field: 'path.id', message: expect.any(String) }]);
    expect(await fieldsOf(await fetch(`${base}/items/1?q=%00`))).toEqual([{ field: 'query.q', message: expect.any(String) }]);
    // Not UTF-8 at all: the path cannot even be decoded.
    expect((await fetch(`${base}/items/%ED%A0%80`)).status).toBe(400);
  });

  describe('configured for production with allowed origins', () => {
    let prod: NestExpressApplication;
    let prodBase: string;

    beforeAll(async () => ({ app: prod, base: prodBase } = await serve({ apiDocs: false, corsOrigins: ['https://console.example.org'] })));
    afterAll(() => prod.close());

    it('serves no OpenAPI docs', async () => {
      expect((await fetch(`${prodBase}/docs-json`)).status).toBe(404);
      expect((await fetch(`${prodBase}/docs`)).status).toBe(404);
    });

    it('answers CORS for a configured origin only', async () => {
      const allowed = await fetch(`${prodBase}/items/1`, { headers: { origin: 'https://console.example.org' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example.org');
      const other = await fetch(`${prodBase}/items/1`, { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});

describe('inbox concurrency', () => {
  it('leaves half of the database pool to the HTTP requests unless told otherwise', () => {
    expect(inboxConcurrency({})).toBe(5);
    expect(inboxConcurrency({ PGPOOL_MAX: '20' })).toBe(10);
    expect(inboxConcurrency({ PGPOOL_MAX: '1' })).toBe(1);
    expect(inboxConcurrency({ PGPOOL_MAX: '20', INBOX_CONCURRENCY: '3' })).toBe(3);
    expect(inboxConcurrency({ INBOX_CONCURRENCY: 'many' })).toBe(5);
  });
});
