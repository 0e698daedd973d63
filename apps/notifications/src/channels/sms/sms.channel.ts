import { Inject, Injectable } from '@nestjs/common';
import type { NotificationEventKind } from '@shangliang/contracts';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../../notifications.config';
import { type NotificationChannel, type OutgoingMessage, PermanentDeliveryError } from '../notification-channel';
import { SmsProvider } from './sms-provider';

/** Texts through the configured gateway: the event's registered template and its variables. */
@Injectable()
export class SmsChannel implements NotificationChannel {
  readonly name = 'sms' as const;

  constructor(
    private readonly provider: SmsProvider,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'sms'>,
  ) {}

  async send(outgoing: OutgoingMessage): Promise<void> {
    const to = outgoing.address.phone;
    if (!to) throw new PermanentDeliveryError('no mobile number');
    const templateCode = this.config.sms.templateCodes[outgoing.eventKind as NotificationEventKind];
    await this.provider.send({ to, templateCode, params: outgoing.message.smsParams, outId: outgoing.deliveryId });
  }
}
