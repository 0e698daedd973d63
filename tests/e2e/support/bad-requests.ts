import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

/** One request as sent on the wire: the path already percent-encoded, the body as bytes. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Largest body the fuzz sends that is within the services' default limit (HTTP_BODY_LIMIT). */
export const WITHIN_LIMIT_BYTES = 90 * 1024;

/** Texts that have broken parsers, databases and templates before. */
const NASTY = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\uFEFF',
  '\u202E',
  '../../etc/passwd',
  '..',
  '%00',
  '%',
  "'; drop table x; --",
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${jndi:x}',
  '__proto__',
  'constructor',
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  ' ',
  '',
  '13800001111',
  '00000000-0000-0000-0000-000000000000',
  '١٢٣',
  '🚮'.repeat(50),
];

/**
 * Field names our APIs use, so generated bodies reach validation of real fields, not only
 * "unknown key". Not `apply` or `active`: an admin's `{"apply": true}` would rebalance the demo
 * groups, `{"active": false}` close a community, under the suites that follow.
 */
const FIELD_NAMES = [
  'title', 'description', 'category', 'communityId', 'location', 'contact', 'name', 'phone', 'consentToCallback', 'urgency',
  'decision', 'scope', 'reason', 'referral', 'response', 'outcome', 'summary', 'username', 'password', 'memberIds', 'leadMemberId',
  'problemId', 'targetProblemId', 'trackingCode', 'answer', 'satisfied', 'comment', 'question', 'reply', 'id', 'level',
  'parentId', 'departmentId', 'notes', 'typical', 'orderNumber', 'receivedAt', 'callerPhone', 'content', 'secret',
  'callbackUrl', 'api_key', 'service_code', 'lat', 'long', 'address_string', 'attribute', 'limit', 'cursor', 'status', 'queue',
];

const QUERY_NAMES = ['limit', 'status', 'communityId', 'queue', 'partnerId', 'q', 'category', 'cursor', 'offset', 'stage', 'service_code', 'start_date', 'end_date', 'jurisdiction_id', 'service_request_id', 'api_key', 'from', 'to'];

const nastyText = fc.constantFrom(...NASTY);
/** Any text, NUL and lone surrogates included, sometimes long. */
const badText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: nastyText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), nastyText, fc.string({ maxLength: 10 })).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => '长'.repeat(n)) },
);
const fieldName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) }, { weight: 1, arbitrary: badText });

/** JSON values of the wrong type, with bad text wherever text goes. */
const badJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    badText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fieldName, tie('value'), { maxKeys: 6 }),
  ),
})).value;

const deepNesting = fc.integer({ min: 33, max: 5_000 }).chain((depth) =>
  fc.constantFrom('[', '{"a":').map((open) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  }),
);

/** A JSON body: an object of our field names with bad values, wrong roots, deep nesting, many keys, too large. */
const jsonBodyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(fieldName, badJson, { maxKeys: 8 }).map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: badJson.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 3_000 }).map((n) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])))) },
  { weight: 1, arbitrary: fc.constantFrom('{"a":', '{"a":1}}', '\u0000', '', 'null', '"\\ud800"', '{"title":"\\u0000"}', '{"__proto__":{"isAdmin":true}}') },
  { weight: 1, arbitrary: fc.constant(JSON.stringify({ title: 'x'.repeat(200 * 1024) })) },
);

/** Percent-encodes anything, lone surrogates included (as the bytes a broken client would send). */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      // What a CESU-8 encoder would send for the lone surrogate: invalid UTF-8.
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}

const formPairs = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(fieldName, badText), { maxLength: 10 }) },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 1_500 }).map((n) => Array.from({ length: n }, (_, i) => [`f${i}`, 'v'] as [string, string])) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom('attribute[urgency]', 'attribute[community_id]', 'a[b][c][d][e][f][g][h]', 'a[]', 'a[0][1][2]'), badText), { maxLength: 6 }) },
);
const formBody = fc.oneof(
  { weight: 5, arbitrary: formPairs.map((pairs) => pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&')) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz=1', 'a=%E0%A4%A', '=&=&', 'a'.repeat(150 * 1024)) },
);

const BOUNDARY = 'shangliang-fuzz-boundary';
const multipartBody = fc
  .record({
    parts: fc.array(
      fc.record({ name: fc.constantFrom('photo', 'file', 'x', 'photo\u0000', 'title'), filename: fc.option(badText, { nil: undefined }), type: fc.constantFrom('image/png', 'text/csv', 'application/octet-stream', 'text/plain'), content: fc.uint8Array({ maxLength: 200 }) }),
      { maxLength: 5 },
    ),
    truncate: fc.boolean(),
  })
  .map(({ parts, truncate }) => {
    const chunks = parts.map(({ name, filename, type, content }) =>
      Buffer.concat([
        Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}\r\nContent-Type: ${type}\r\n\r\n`),
        Buffer.from(content),
        Buffer.from('\r\n'),
      ]),
    );
    const body = Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
    return truncate ? body.subarray(0, Math.floor(body.length / 2)) : body;
  });

interface BodySpec {
  contentType?: string;
  contentEncoding?: string;
  body?: Buffer;
}

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/json; charset=bogus', 'application/json;charset="UTF-8"', 'application/merge-patch+json'];
const body: fc.Arbitrary<BodySpec> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ contentType: fc.constantFrom(...JSON_TYPES), body: jsonBodyText.map((t) => Buffer.from(t)) }) },
  { weight: 2, arbitrary: fc.record({ contentType: fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=iso-8859-1'), body: formBody.map((t) => Buffer.from(t)) }) },
  { weight: 2, arbitrary: multipartBody.map((b) => ({ contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: b })) },
  { weight: 1, arbitrary: fc.record({ contentType: fc.constantFrom('text/plain', 'application/xml', 'application/octet-stream', 'multipart/form-data'), body: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)) }) },
  { weight: 1, arbitrary: fc.record({ contentType: fc.constant('application/json'), contentEncoding: fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'x-bogus'), body: fc.oneof(fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b)), jsonBodyText.map((t) => gzipSync(t))) }) },
  { weight: 1, arbitrary: fc.constant({}) },
);

const query = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_NAMES), badText), badText), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 1_200 }).map((n) => Array.from({ length: n }, (_, i) => [`q${i}`, '1'] as [string, string])) },
);

/** A path parameter: bad text, a plausible id, or a malformed percent-encoding sent raw. */
const paramValue = fc.oneof(
  { weight: 4, arbitrary: badText.map(percentEncode) },
  // Never ids of the demo data: an admin's valid PATCH would change what later suites rely on.
  { weight: 2, arbitrary: fc.oneof(fc.uuid(), fc.constantFrom('com-none', 'GD-none', 'grp-none', 'json', 'xml')).map(percentEncode) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%FF', '%C0%80', '%2e%2e', '%2F', 'a%00b') },
);

/** Bad requests for one registered route (`/problems/:id`), under a prefix (`/api/staff/intake`). */
export function badRequests(method: string, routePath: string, prefix = '', tokens: string[] = []): fc.Arbitrary<RawRequest> {
  const names = [...routePath.matchAll(/:(\w+)/g)].map((m) => m[1]);
  return fc
    .record({
      params: fc.tuple(...names.map(() => paramValue)),
      query,
      body: method === 'GET' || method === 'DELETE' ? fc.oneof({ weight: 4, arbitrary: fc.constant<BodySpec>({}) }, { weight: 1, arbitrary: body }) : body,
      auth: fc.constantFrom(undefined, 'Bearer not-a-token', ...tokens.map((t) => `Bearer ${t}`)),
    })
    .map(({ params, query: pairs, body: spec, auth }) => {
      let i = 0;
      const path = routePath.replace(/:(\w+)/g, () => params[i++] ?? '');
      const search = pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
      const headers: Record<string, string> = { accept: 'application/json' };
      if (spec.contentType) headers['content-type'] = spec.contentType;
      if (spec.contentEncoding) headers['content-encoding'] = spec.contentEncoding;
      if (auth) headers.authorization = auth;
      return { method, path: `${prefix}${path}${search ? `?${search}` : ''}`, headers, body: spec.body };
    });
}

/**
 * Sends the request as is over node:http (fetch would normalise the path, and refuses some
 * ports). A connection the server closed without answering resolves to status 0.
 */
export function sendRaw(base: string, req: RawRequest, timeoutMs = 20_000): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    // A connection of its own: a server may close a connection after refusing a body it did not
    // read, and a pooled socket reused after that fails with a reset that is no answer at all.
    const outgoing = httpRequest({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers: req.headers, timeout: timeoutMs, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8').slice(0, 2_000) }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }));
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') resolve({ status: 0, headers: {}, body: error.code });
      else reject(error);
    });
    // Node sends a GET's body without framing unless told its length.
    if (req.body) outgoing.setHeader('content-length', req.body.length);
    outgoing.end(req.body);
  });
}

/** For a failure message: the request in a line, long bodies cut. */
export function describeRequest(req: RawRequest): string {
  const body = req.body ? ` body(${req.body.length} B)=${JSON.stringify(req.body.subarray(0, 300).toString('utf8'))}` : '';
  return `${req.method} ${req.path.slice(0, 400)} ${JSON.stringify(req.headers)}${body}`;
}
