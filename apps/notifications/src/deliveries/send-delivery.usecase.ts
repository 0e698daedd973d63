import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NotificationEventKind } from '@shangliang/contracts';
import { type ChannelName, NOTIFICATION_CHANNELS, type NotificationChannel, PermanentDeliveryError } from '../channels/notification-channel';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';
import { ContactBook } from '../recipients/contact-book';
import { recipientOf } from '../recipients/recipient';
import { eventFactsSchema } from '../templates/event-facts';
import { linkFor } from '../templates/notification-links';
import { renderTemplate } from '../templates/render-template';
import { templateValues } from '../templates/template-values';
import { DeliveryRepository } from './delivery.repository';
import { failureReason } from './failure-reason';
import { NotificationClock } from './notification-clock';

export type SendOutcome = { done: true } | { done: false; retryInMs: number };

/**
 * One try of one delivery: claim it (so two workers or a redelivered job cannot both send),
 * look up the address, render the message in the recipient's language, send it with the
 * delivery id as the receiver's idempotency key, and mark it sent at once. A failure is
 * recorded and rethrown for the queue's backoff; the last try (or a permanent failure) marks
 * it failed for admins to see. A text not yet due (quiet hours) is handed back with its wait.
 */
@Injectable()
export class SendDeliveryUseCase {
  private readonly logger = new Logger(SendDeliveryUseCase.name);
  private readonly channels: Map<ChannelName, NotificationChannel>;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly contacts: ContactBook,
    private readonly clock: NotificationClock,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'deliveries' | 'publicBaseUrl'>,
  ) {
    this.channels = new Map(channels.map((c) => [c.name, c]));
  }

  async execute(deliveryId: string, lastAttempt: boolean): Promise<SendOutcome> {
    const now = this.clock.now();
    const delivery = await this.deliveries.claim(deliveryId, now, this.config.deliveries.claimLeaseMs);
    if (delivery === null) return { done: true };
    if (delivery === 'busy') throw new Error(`delivery ${deliveryId} is being sent by another worker`);
    if (delivery.notBefore && delivery.notBefore > now) {
      await this.deliveries.release(deliveryId);
      return { done: false, retryInMs: delivery.notBefore.getTime() - now.getTime() };
    }
    try {
      const channel = this.channels.get(delivery.channel as ChannelName);
      if (!channel) throw new PermanentDeliveryError(`unknown channel ${delivery.channel}`);
      const contact = await this.contacts.lookup(delivery.recipientKey, channel.name, delivery.locale, delivery.event.problemId);
      if (!contact.found) {
        await this.deliveries.skipped(deliveryId, contact.reason);
        this.logger.log(`delivery ${deliveryId} (${delivery.channel}) skipped: ${contact.reason}`);
        return { done: true };
      }
      const kind = delivery.event.kind as NotificationEventKind;
      const facts = eventFactsSchema.parse(delivery.event.variables);
      const link = linkFor(this.config.publicBaseUrl, recipientOf(delivery.recipientKey).kind, facts, contact.trackingCode);
      const message = renderTemplate(kind, contact.locale, templateValues(kind, facts, contact.locale, link, contact.trackingCode));
      await channel.send({ deliveryId, eventKind: kind, reference: delivery.event.reference, link, message, address: contact.address });
      await this.deliveries.sent(deliveryId);
      this.logger.log(`delivery ${deliveryId} sent: ${kind} ${delivery.event.reference} by ${delivery.channel} to ${delivery.recipientKey}`);
      return { done: true };
    } catch (error) {
      const reason = failureReason(error);
      const final = lastAttempt || error instanceof PermanentDeliveryError;
      await this.deliveries.attemptFailed(deliveryId, reason, final);
      this.logger.warn(`delivery ${deliveryId} (${delivery.channel}) attempt ${delivery.attempts} failed${final ? ' for good' : ''}: ${reason}`);
      // Rethrown with the masked reason: the queue logs what it is given.
      throw error instanceof PermanentDeliveryError ? new PermanentDeliveryError(reason) : new Error(reason);
    }
  }
}
