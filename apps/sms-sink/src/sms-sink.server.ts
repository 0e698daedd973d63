import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type SmsGatewayParams, verifySmsGatewayRequest } from '@shangliang/http';
import type { SmsSinkConfig } from './sms-sink.config';
import { SinkStore } from './sink-store';

export interface ReceivedSms {
  bizId: string;
  outId: string;
  phoneNumbers: string;
  signName: string;
  templateCode: string;
  templateParam: Record<string, string>;
  receivedAt: string;
}

export interface ReceivedWebhook {
  name: string;
  headers: Record<string, string>;
  body: string;
  receivedAt: string;
}

/** The gateway parameters a SendSms request must carry. */
const REQUIRED = ['AccessKeyId', 'Action', 'PhoneNumbers', 'SignName', 'TemplateCode', 'TemplateParam', 'OutId', 'Timestamp', 'SignatureNonce', 'Signature'] as const;
const BODY_LIMIT = 256 * 1024;

/**
 * The local SMS sink: an HTTP receiver in the shape of the Aliyun-style gateway (a signed form
 * of SendSms parameters), for development and tests. It refuses a bad signature as the gateway
 * would, keeps each OutId once (a retried delivery is acknowledged, not stored twice), and lets
 * what it received be read back (GET /messages). It also takes webhooks (POST /webhooks/:name),
 * keeping headers and raw body so tests can check their signatures (GET /webhooks).
 */
export function createSmsSinkServer(config: SmsSinkConfig, log: (line: string) => void = () => undefined): Server {
  const texts = new SinkStore<ReceivedSms>(config.storeDir, 'messages');
  const webhooks = new SinkStore<ReceivedWebhook>(config.storeDir, 'webhooks');

  const receiveSms = (raw: string, res: ServerResponse) => {
    const params = Object.fromEntries(new URLSearchParams(raw)) as SmsGatewayParams;
    const missing = REQUIRED.filter((name) => !params[name]);
    if (missing.length) return reply(res, 400, { Code: 'MissingParameter', Message: `missing ${missing.join(', ')}` });
    if (params.AccessKeyId !== config.accessKeyId) return reply(res, 404, { Code: 'InvalidAccessKeyId.NotFound', Message: 'unknown AccessKeyId' });
    if (!verifySmsGatewayRequest(config.accessKeySecret, params, 'POST')) {
      log('refused a text: signature does not match');
      return reply(res, 400, { Code: 'SignatureDoesNotMatch', Message: 'the signature does not match' });
    }
    let templateParam: Record<string, string>;
    try {
      templateParam = JSON.parse(params.TemplateParam) as Record<string, string>;
    } catch {
      return reply(res, 400, { Code: 'isv.INVALID_JSON_PARAM', Message: 'TemplateParam is not JSON' });
    }
    const earlier = texts.find((t) => t.outId === params.OutId);
    if (earlier) return reply(res, 200, { Code: 'OK', Message: 'OK', BizId: earlier.bizId, RequestId: randomUUID() });
    const bizId = randomUUID();
    texts.add({ bizId, outId: params.OutId, phoneNumbers: params.PhoneNumbers, signName: params.SignName, templateCode: params.TemplateCode, templateParam, receivedAt: new Date().toISOString() });
    // The number is personal data: the log names the message, never the recipient.
    log(`text ${params.OutId} (${params.TemplateCode}) received`);
    reply(res, 200, { Code: 'OK', Message: 'OK', BizId: bizId, RequestId: randomUUID() });
  };

  const receiveWebhook = (name: string, req: IncomingMessage, raw: string, res: ServerResponse) => {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '')]));
    webhooks.add({ name, headers, body: raw, receivedAt: new Date().toISOString() });
    log(`webhook ${name} received (delivery ${headers['x-delivery-id'] ?? '-'})`);
    reply(res, 200, { errcode: 0, errmsg: 'ok' });
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sink');
    const webhook = /^\/webhooks\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
    if (req.method === 'GET') {
      if (url.pathname === '/health') return reply(res, 200, { status: 'ok' });
      if (url.pathname === '/messages') return reply(res, 200, { messages: texts.all() });
      if (url.pathname === '/webhooks') return reply(res, 200, { webhooks: webhooks.all().filter((w) => !url.searchParams.get('name') || w.name === url.searchParams.get('name')) });
      return reply(res, 404, { error: 'not found' });
    }
    if (req.method !== 'POST' || (url.pathname !== '/' && !webhook)) return reply(res, 404, { error: 'not found' });
    readBody(req)
      .then((raw) => (webhook ? receiveWebhook(webhook[1], req, raw, res) : receiveSms(raw, res)))
      .catch((error: unknown) => reply(res, 413, { error: error instanceof Error ? error.message : String(error) }));
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
