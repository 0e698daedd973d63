import { HTTP_SERVICES, PRODUCTION_TEST_SECRETS, startApp, stopPid, testEnvironment } from '@shangliang/testing';
import { sendRaw } from './support/bad-requests';
import { startWebApp, type WebApp } from './support/browser';

const FOREIGN_ORIGIN = 'https://elsewhere.example';

/** What every service and the web server show the outside, as built and started for the run. */
describe('headers and exposure', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp();
  });

  afterAll(() => web?.stop());

  it.each([...HTTP_SERVICES, 'web' as const])('%s sends security headers, no X-Powered-By and no CORS for an unconfigured origin', async (name) => {
    const base = name === 'web' ? web.url : testEnvironment.url(name);
    const res = await sendRaw(base, { method: 'GET', path: '/health', headers: { origin: FOREIGN_ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await sendRaw(base, { method: 'OPTIONS', path: '/health', headers: { origin: FOREIGN_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI docs outside production, and none in production', async () => {
    expect((await sendRaw(testEnvironment.url('supervision'), { method: 'GET', path: '/docs-json', headers: {} })).status).toBe(200);
    // A second supervision process, on a port of its own, started as in production.
    const port = String(Number(new URL(testEnvironment.url('supervision')).port) + 10);
    const pid = await startApp('supervision', { ...PRODUCTION_TEST_SECRETS, SUPERVISION_PORT: port, NODE_ENV: 'production' });
    try {
      for (const path of ['/docs', '/docs-json', '/docs/']) {
        expect((await sendRaw(`http://127.0.0.1:${port}`, { method: 'GET', path, headers: {} })).status).toBe(404);
      }
    } finally {
      await stopPid(pid);
    }
  });
});
