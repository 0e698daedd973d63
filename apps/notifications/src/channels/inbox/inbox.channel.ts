import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type NotificationChannel, type OutgoingMessage, PermanentDeliveryError } from '../notification-channel';
import { InboxRepository } from './inbox.repository';

/** The staff console's inbox: always on for every member of staff; the link is the console path. */
@Injectable()
export class InboxChannel implements NotificationChannel {
  readonly name = 'inbox' as const;

  constructor(private readonly inbox: InboxRepository) {}

  async send(outgoing: OutgoingMessage): Promise<void> {
    const staffId = outgoing.address.staffId;
    if (!staffId) throw new PermanentDeliveryError('an inbox entry needs a member of staff');
    await this.inbox.add({
      id: randomUUID(),
      deliveryId: outgoing.deliveryId,
      staffId,
      eventKind: outgoing.eventKind,
      title: outgoing.message.title,
      body: outgoing.message.body,
      link: new URL(outgoing.link).pathname,
    });
  }
}
