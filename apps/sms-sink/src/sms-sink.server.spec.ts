import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signSmsGatewayRequest, signWebhookBody } from '@shangliang/http';
import { createSmsSinkServer, type ReceivedSms, type ReceivedWebhook } from './sms-sink.server';

const config = { port: 0, accessKeyId: 'key-id', accessKeySecret: 'sink-secret', storeDir: mkdtempSync(join(tmpdir(), 'sms-sink-')) };
const server = createSmsSinkServer(config);
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function sendSms(outId: string, secret = config.accessKeySecret) {
  const params: Record<string, string> = {
    AccessKeyId: 'key-id', Action: 'SendSms', Format: 'JSON', OutId: outId, PhoneNumbers: '13900001234', RegionId: 'cn-hangzhou', SignName: '商量',
    SignatureMethod: 'HMAC-SHA1', SignatureNonce: `n-${outId}-${Math.random()}`, SignatureVersion: '1.0', TemplateCode: 'SL_REFERRAL_CREATED',
    TemplateParam: JSON.stringify({ reference: 'QX-1' }), Timestamp: '2026-11-30T08:00:00Z', Version: '2017-05-25',
  };
  const body = new URLSearchParams({ ...params, Signature: signSmsGatewayRequest(secret, params) }).toString();
  return fetch(`${base}/`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

/** What the gateway answers a SendSms request with. */
interface GatewayReply {
  Code: string;
  Message: string;
  BizId?: string;
  RequestId?: string;
}

/** The JSON body of a sink response, in the shape the sink sends it. */
async function bodyOf<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

const receivedTexts = () => bodyOf<{ messages: ReceivedSms[] }>(fetch(`${base}/messages`));

describe('the local SMS sink', () => {
  it('accepts a signed SendSms request and lets it be read back', async () => {
    const res = await sendSms('d-1');
    expect(await res.json()).toMatchObject({ Code: 'OK' });
    const { messages } = await receivedTexts();
    expect(messages).toEqual([expect.objectContaining({ outId: 'd-1', phoneNumbers: '13900001234', templateCode: 'SL_REFERRAL_CREATED', templateParam: { reference: 'QX-1' } })]);
  });

  it('keeps one message per OutId when a delivery is retried', async () => {
    const first = await bodyOf<GatewayReply>(sendSms('d-2'));
    const again = await bodyOf<GatewayReply>(sendSms('d-2'));
    expect(again).toMatchObject({ Code: 'OK', BizId: first.BizId });
    const { messages } = await receivedTexts();
    expect(messages.filter((m) => m.outId === 'd-2')).toHaveLength(1);
  });

  it('refuses a request signed with another secret, as the gateway would', async () => {
    const res = await sendSms('d-3', 'wrong-secret');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ Code: 'SignatureDoesNotMatch' });
    const { messages } = await receivedTexts();
    expect(messages.some((m) => m.outId === 'd-3')).toBe(false);
  });

  it('keeps webhooks with their headers and raw body so their signatures can be checked', async () => {
    const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: '催办' } });
    await fetch(`${base}/webhooks/dept-housing`, { method: 'POST', body, headers: { 'x-timestamp': '1', 'x-signature': signWebhookBody('s', '1', body) } });
    const { webhooks } = await bodyOf<{ webhooks: ReceivedWebhook[] }>(fetch(`${base}/webhooks?name=dept-housing`));
    expect(webhooks).toEqual([expect.objectContaining({ name: 'dept-housing', body, headers: expect.objectContaining({ 'x-signature': signWebhookBody('s', '1', body) }) })]);
  });
});
