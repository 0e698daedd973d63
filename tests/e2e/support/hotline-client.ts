import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testEnvironment } from '@shangliang/testing';

/** A staff token for raw requests (multipart uploads) that ApiClient does not make. */
export async function staffToken(username: string, password = testEnvironment.demoPassword): Promise<string> {
  const res = await fetch(`${testEnvironment.url('assignment')}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export interface Partner {
  id: string;
  secret: string;
}

/** Registers a partner through the admin API, as an admin would. */
export async function createPartner(token: string, options: { callbackUrl?: string } = {}): Promise<Partner> {
  const id = `hl-${randomUUID().slice(0, 8)}`;
  const res = await fetch(`${testEnvironment.url('intake')}/hotline/partners`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ id, name: `测试热线 ${id}`, ...options }),
  });
  if (res.status !== 201) throw new Error(`partner creation failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Partner;
}

let sequence = 0;

/** A valid work order with its own order number and caller. */
export function workOrder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence++;
  const unique = randomUUID().slice(0, 8);
  return {
    orderNumber: `GD-${unique}-${sequence}`,
    receivedAt: new Date().toISOString(),
    callerPhone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    callerName: '陈大爷',
    requestType: 'complaint',
    category: 'public_facilities',
    communityId: 'com-06',
    address: '12号楼东侧',
    content: `12号楼东侧的健身器材坏了，有安全隐患（工单 ${unique}）。`,
    urgency: 'normal',
    ...overrides,
  };
}

export function sign(secret: string, timestamp: number | string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export interface RawResponse {
  status: number;
  body: any;
  text: string;
}

/** Posts a work order signed over the exact bytes sent; `tamper` changes what is sent or signed. */
export async function postWorkOrder(
  partner: Partner,
  order: unknown,
  tamper: { timestamp?: number; signature?: string; body?: string; partnerId?: string } = {},
): Promise<RawResponse> {
  const body = tamper.body ?? JSON.stringify(order);
  const timestamp = tamper.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(`${testEnvironment.url('intake')}/hotline/partners/${tamper.partnerId ?? partner.id}/work-orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-timestamp': String(timestamp), 'x-signature': tamper.signature ?? sign(partner.secret, timestamp, body) },
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* keep the text */
  }
  return { status: res.status, body: parsed, text };
}

/** A CSV file in the import format, quoting every cell. */
export function csvOf(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => (v === undefined || v === null ? '' : `"${String(v).replace(/"/g, '""')}"`);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export async function uploadImport(token: string, partnerId: string, csv: string, fileName = 'orders.csv'): Promise<RawResponse> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
  const res = await fetch(`${testEnvironment.url('intake')}/hotline/partners/${partnerId}/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

export interface ReceivedCallback {
  headers: IncomingHttpHeaders;
  body: string;
  answeredWith: number;
}

/**
 * A partner's callback endpoint inside the test: records every request and answers with the
 * status `answer` returns for it (by its 1-based position among requests for the same order).
 */
export async function startCallbackServer(answer: (attempt: number, body: { orderNumber: string; stage: string }) => number = () => 200) {
  const received: ReceivedCallback[] = [];
  const attempts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const parsed = JSON.parse(body) as { orderNumber: string; stage: string };
      const key = `${parsed.orderNumber}/${parsed.stage}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const status = answer(attempt, parsed);
      received.push({ headers: req.headers, body, answeredWith: status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/callbacks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
