import { PermanentMessageError } from '@shangliang/messaging';
import { DeliverStatusCallbackUseCase } from './deliver-status-callback.usecase';
import type { HotlineConfig } from './hotline.config';
import type { HotlinePartnerRepository } from './hotline-partner.repository';
import { checkHotlineSignature } from './hotline-signature';
import type { CallbackHttp, CallbackResponse } from './status-callback.http';
import type { StatusCallbackRecord, StatusCallbackRepository } from './status-callback.repository';

const config: HotlineConfig = { signatureToleranceSeconds: 300, callbacks: { attempts: 5, backoffMs: 1000, timeoutMs: 5000, concurrency: 2 } };
const secret = 's'.repeat(64);

function setup(options: { status?: string; partner?: { active: boolean; callbackUrl: string | null } | null; response?: CallbackResponse } = {}) {
  const callback: StatusCallbackRecord = {
    id: 'cb-1',
    partnerId: 'p1',
    orderNumber: 'GD-1',
    problemId: 'prob-1',
    stage: 'screening',
    status: options.status ?? 'pending',
    attempts: 0,
    lastError: null,
    createdAt: new Date('2026-11-20T01:00:00Z'),
    deliveredAt: null,
  };
  const callbacks = {
    find: jest.fn().mockResolvedValue(callback),
    problemReference: jest.fn().mockResolvedValue({ reference: 'SL-2026-000001' }),
    stageEnteredAt: jest.fn().mockResolvedValue(new Date('2026-11-20T01:02:03Z')),
    delivered: jest.fn().mockResolvedValue(undefined),
    attemptFailed: jest.fn().mockResolvedValue(undefined),
  };
  const partner = options.partner === undefined ? { active: true, callbackUrl: 'http://127.0.0.1:9999/cb' } : options.partner;
  const partners = { findById: jest.fn().mockResolvedValue(partner && { id: 'p1', secret, ...partner }) };
  const http = { post: jest.fn().mockResolvedValue(options.response ?? { ok: true, status: 204 }) };
  const useCase = new DeliverStatusCallbackUseCase(
    callbacks as unknown as StatusCallbackRepository,
    partners as unknown as HotlinePartnerRepository,
    http as unknown as CallbackHttp,
    config,
  );
  return { useCase, callbacks, http };
}

describe('delivering a status callback to a hotline partner', () => {
  it('posts the order, problem and new stage, signed like the partner signs its own requests', async () => {
    const { useCase, http, callbacks } = setup();
    await useCase.execute('cb-1', false);
    const [url, body, headers] = http.post.mock.calls[0] as [string, string, Record<string, string>];
    expect(url).toBe('http://127.0.0.1:9999/cb');
    expect(JSON.parse(body)).toEqual({
      orderNumber: 'GD-1',
      problemId: 'prob-1',
      reference: 'SL-2026-000001',
      stage: 'screening',
      stageLabel: { zh: '甄别中', en: 'Being screened' },
      occurredAt: '2026-11-20T01:02:03.000Z',
    });
    const signed = checkHotlineSignature({ secret, timestamp: headers['x-timestamp'], signature: headers['x-signature'], body: Buffer.from(body), nowSeconds: Number(headers['x-timestamp']), toleranceSeconds: 1 });
    expect(signed).toEqual({ valid: true });
    expect(callbacks.delivered).toHaveBeenCalledWith('cb-1');
  });

  it('records a failed attempt and throws so the queue retries it', async () => {
    const { useCase, callbacks } = setup({ response: { ok: false, error: 'partner answered HTTP 503' } });
    await expect(useCase.execute('cb-1', false)).rejects.toThrow(/HTTP 503/);
    expect(callbacks.attemptFailed).toHaveBeenCalledWith('cb-1', 'partner answered HTTP 503', false);
  });

  it('marks the callback failed when the last attempt fails', async () => {
    const { useCase, callbacks } = setup({ response: { ok: false, error: 'no answer within 5000 ms' } });
    await expect(useCase.execute('cb-1', true)).rejects.toThrow();
    expect(callbacks.attemptFailed).toHaveBeenCalledWith('cb-1', 'no answer within 5000 ms', true);
  });

  it('sends nothing for a callback already delivered', async () => {
    const { useCase, http } = setup({ status: 'delivered' });
    await useCase.execute('cb-1', false);
    expect(http.post).not.toHaveBeenCalled();
  });

  it('gives up at once when the partner no longer takes callbacks', async () => {
    const { useCase, http, callbacks } = setup({ partner: { active: true, callbackUrl: null } });
    await expect(useCase.execute('cb-1', false)).rejects.toBeInstanceOf(PermanentMessageError);
    expect(http.post).not.toHaveBeenCalled();
    expect(callbacks.attemptFailed).toHaveBeenCalledWith('cb-1', expect.any(String), true);
  });
});
