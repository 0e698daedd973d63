import fc from 'fast-check';
import { HTTP_SERVICES, isAlive, registeredRoutes, resetPublicRateLimits, runningPids, startApp, stopPid, testEnvironment } from '@shangliang/testing';
import { badRequests, describeRequest, type RawRequest, sendRaw, WITHIN_LIMIT_BYTES } from './support/bad-requests';
import { startWebApp, type WebApp } from './support/browser';
import { changedTables, RowCounter, type RowCounts } from './support/row-counts';

/** Generated requests per route (per route and prefix through the web server: a third). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Only the targets whose `METHOD /prefix/route` matches (to reproduce a failure). */
const ONLY = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;
/** Node's HTTP server refuses a request head over 16 KB itself (431) and may close the socket. */
const MAX_HEAD_BYTES = 12 * 1024;

interface Target {
  base: string;
  method: string;
  /** The route as registered, `/problems/:id`, and the prefix it is reached under. */
  route: string;
  prefix: string;
  runs: number;
}

/**
 * Property-based: for every route every service registered (read from their start-up logs, not a
 * list kept here), and for the same routes through the web server's proxies, fast-check sends bad
 * input — NUL bytes and lone surrogates in path, query and body, wrong types, deep nesting, too
 * many fields, oversized bodies, wrong content types, charsets and encodings, multipart junk —
 * anonymously, with a bogus token and with staff tokens. No answer may be a 5xx, and no refused
 * request may leave a row behind in any table of the app schemas.
 */
describe('bad input on every route', () => {
  let tokens: string[];
  let rows: RowCounter;
  let web: WebApp;

  beforeAll(async () => {
    tokens = await Promise.all(['admin', 'convener-loc-003', 'member-mem-015'].map(tokenOf));
    rows = await RowCounter.connect();
    web = await startWebApp();
    // Earlier suites' workflows keep writing (their deadlines escalate). Without the worker they
    // wait, as through an outage, and only this suite's requests write: refused ones must not.
    await Promise.all(runningPids('worker').map((pid) => stopPid(pid)));
    await quietSnapshot();
  });

  afterAll(async () => {
    await startApp('worker');
    await web?.stop();
    await rows?.close();
    // The fuzz hammers public intake on purpose; later suites start within their limits.
    await resetPublicRateLimits();
  });

  it.each(HTTP_SERVICES)('%s answers no bad request with a 5xx, and no refused request writes a row', async (service) => {
    const base = testEnvironment.url(service);
    const targets: Target[] = registeredRoutes(service).map(({ method, path }) => ({ base, method, route: path, prefix: '', runs: RUNS }));
    // Paths no route matches: the 404 handler must hold too.
    targets.push({ base, method: 'GET', route: '/:a/:b', prefix: '', runs: RUNS }, { base, method: 'POST', route: '/:a', prefix: '', runs: RUNS });
    expect(await fuzz(targets)).toEqual([]);
    expect(runningPids(service).filter(isAlive).length).toBeGreaterThan(0);
  });

  it('the web server answers no bad request with a 5xx through its proxies or its pages', async () => {
    const runs = Math.max(1, Math.ceil(RUNS / 3));
    const targets: Target[] = HTTP_SERVICES.flatMap((service) =>
      registeredRoutes(service).flatMap(({ method, path }) => [
        { base: web.url, method, route: path, prefix: `/api/staff/${service}`, runs },
        ...(service === 'intake' ? [{ base: web.url, method, route: path, prefix: '/api', runs }] : []),
      ]),
    );
    targets.push({ base: web.url, method: 'GET', route: '/:page', prefix: '', runs: RUNS }, { base: web.url, method: 'GET', route: '/assets/:file', prefix: '', runs: RUNS });
    expect(await fuzz(targets)).toEqual([]);
    expect(isAlive(web.pid)).toBe(true);
  });

  /** Every target in turn; the failures found, each with its request. */
  async function fuzz(targets: Target[]): Promise<string[]> {
    const failures: string[] = [];
    for (const target of targets.filter((t) => !ONLY || ONLY.test(`${t.method} ${t.prefix}${t.route}`))) failures.push(...(await fuzzTarget(target)));
    return failures;
  }

  async function fuzzTarget({ base, method, route, prefix, runs }: Target): Promise<string[]> {
    const label = `${method} ${prefix}${route}`;
    const failures: string[] = [];
    const refused: RawRequest[] = [];
    // Each route gets the full rate-limit allowance, so the generated input reaches past the limiter.
    await resetPublicRateLimits();
    const before = await rows.snapshot();
    let failure: string | null = null;
    try {
      await fc.assert(
        fc.asyncProperty(badRequests(method, route, prefix, tokens), async (req) => {
          const res = await sendRaw(base, req);
          if (res.status >= 500) failure = `answered ${res.status} ${res.body}`;
          // A server may close the connection on a body over its limit, or a request head over
          // Node's 16 KB, before reading it (after its 413/431); on nothing else.
          else if (res.status === 0 && (req.body?.length ?? 0) <= WITHIN_LIMIT_BYTES && req.path.length < MAX_HEAD_BYTES) failure = `closed the connection without an answer (${res.body})`;
          else if (res.status >= 400 || res.status === 0) refused.push(req);
          if (failure) {
            failure = `${failure} to ${describeRequest(req)}`;
            throw new Error(failure);
          }
        }),
        // No shrinking: every step is a network round trip; the first counterexample is reported.
        { numRuns: runs, endOnFailure: true },
      );
    } catch (error) {
      failures.push(`${label}: ${failure ?? String(error)}`.slice(0, 3_000));
    }
    const after = await rows.snapshot();
    if (changedTables(before, after).length > 0) {
      for (const req of refused) {
        const written = await writesWhenRefused(base, req);
        if (written) failures.push(`${label}: a refused request wrote rows (${written.join(', ')}): ${describeRequest(req)}`);
      }
    }
    return failures;
  }

  /**
   * Whether this request, refused, changes row counts — every time of three, each after the
   * database has gone quiet: the workflows of accepted requests (and of earlier suites) write in
   * the background, but never in step with one request three times over.
   */
  async function writesWhenRefused(base: string, req: RawRequest): Promise<string[] | null> {
    let changes: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = await quietSnapshot();
      const res = await sendRaw(base, req);
      changes = changedTables(before, await rows.snapshot());
      if ((res.status < 400 && res.status !== 0) || changes.length === 0) return null;
    }
    return changes;
  }

  /** A snapshot taken when two in a row, 200 ms apart, agree — or the last one after 30 s of writes. */
  async function quietSnapshot(): Promise<RowCounts> {
    let last = await rows.snapshot();
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const next = await rows.snapshot();
      if (changedTables(last, next).length === 0) return next;
      last = next;
    }
    return last;
  }
});

/** Over a connection of its own (sendRaw): a pooled one may have been closed by the server while idle. */
async function tokenOf(username: string): Promise<string> {
  const body = Buffer.from(JSON.stringify({ username, password: testEnvironment.demoPassword }));
  const res = await sendRaw(testEnvironment.url('assignment'), { method: 'POST', path: '/auth/login', headers: { 'content-type': 'application/json' }, body });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status}`);
  return (JSON.parse(res.body) as { token: string }).token;
}
