import { Inject, Injectable } from '@nestjs/common';
import { signWebhookBody, WEBHOOK_HEADERS } from '@shangliang/http';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../../notifications.config';
import { type NotificationChannel, type OutgoingMessage, PermanentDeliveryError } from '../notification-channel';
import { webhookBody } from './webhook-body';

/**
 * A department's webhook (its OA system or a WeCom group robot relay), signed with the
 * department's secret over timestamp and body, with the delivery id for the receiver to drop
 * retries it has applied. A 4xx other than 408/429 is the receiver refusing: not retried.
 */
@Injectable()
export class WebhookChannel implements NotificationChannel {
  readonly name = 'webhook' as const;

  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'deliveries'>) {}

  async send(outgoing: OutgoingMessage): Promise<void> {
    const webhook = outgoing.address.webhook;
    if (!webhook) throw new PermanentDeliveryError('no webhook configured');
    // Real time, not the service's (test-shiftable) clock: the receiver checks it against its own.
    const now = new Date();
    const body = webhookBody(webhook.kind, outgoing, now);
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const res = await fetch(webhook.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.deliveries.sendTimeoutMs),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        [WEBHOOK_HEADERS.timestamp]: timestamp,
        [WEBHOOK_HEADERS.signature]: signWebhookBody(webhook.secret, timestamp, body),
        [WEBHOOK_HEADERS.deliveryId]: outgoing.deliveryId,
      },
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return;
    const reason = `webhook answered HTTP ${res.status}`;
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) throw new PermanentDeliveryError(reason);
    throw new Error(reason);
  }
}
