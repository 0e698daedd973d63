import { Inject, Injectable } from '@nestjs/common';
import { type ProblemStage, STAGE_LABELS } from '@shangliang/contracts';
import { PermanentMessageError } from '@shangliang/messaging';
import { HOTLINE_CONFIG, type HotlineConfig } from './hotline.config';
import { HotlinePartnerRepository } from './hotline-partner.repository';
import { signHotlineBody } from './hotline-signature';
import { CallbackHttp } from './status-callback.http';
import { StatusCallbackRepository } from './status-callback.repository';

/**
 * One delivery attempt of a status callback: the partner's order, our problem and its new stage
 * — no personal data — signed like the partner's own requests. A non-2xx answer (or none) is
 * recorded and thrown, so the queue retries with backoff; the last attempt marks it failed.
 * A callback already delivered is not sent again.
 */
@Injectable()
export class DeliverStatusCallbackUseCase {
  constructor(
    private readonly callbacks: StatusCallbackRepository,
    private readonly partners: HotlinePartnerRepository,
    private readonly http: CallbackHttp,
    @Inject(HOTLINE_CONFIG) private readonly config: HotlineConfig,
  ) {}

  async execute(callbackId: string, lastAttempt: boolean): Promise<void> {
    const callback = await this.callbacks.find(callbackId);
    if (!callback) throw new PermanentMessageError(`unknown status callback ${callbackId}`);
    if (callback.status !== 'pending') return;
    const partner = await this.partners.findById(callback.partnerId);
    if (!partner?.active || !partner.callbackUrl) {
      await this.callbacks.attemptFailed(callback.id, 'the partner is inactive or has no callback URL', true);
      throw new PermanentMessageError(`status callback ${callbackId}: partner ${callback.partnerId} takes no callbacks`);
    }
    const body = JSON.stringify(await this.payload(callback));
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await this.http.post(
      partner.callbackUrl,
      body,
      { 'content-type': 'application/json; charset=utf-8', 'x-timestamp': String(timestamp), 'x-signature': signHotlineBody(partner.secret, timestamp, body) },
      this.config.callbacks.timeoutMs,
    );
    if (response.ok) return this.callbacks.delivered(callback.id);
    await this.callbacks.attemptFailed(callback.id, response.error, lastAttempt);
    throw new Error(`status callback ${callbackId} to partner ${callback.partnerId} failed: ${response.error}`);
  }

  private async payload(callback: { orderNumber: string; problemId: string; stage: string; createdAt: Date }) {
    const [problem, enteredAt] = await Promise.all([this.callbacks.problemReference(callback.problemId), this.callbacks.stageEnteredAt(callback.problemId, callback.stage)]);
    return {
      orderNumber: callback.orderNumber,
      problemId: callback.problemId,
      reference: problem?.reference ?? null,
      stage: callback.stage,
      stageLabel: STAGE_LABELS[callback.stage as ProblemStage],
      occurredAt: (enteredAt ?? callback.createdAt).toISOString(),
    };
  }
}
