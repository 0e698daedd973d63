import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../../notifications.config';
import { type NotificationChannel, type OutgoingMessage, PermanentDeliveryError } from '../notification-channel';
import { emailOf } from './email-message';

/**
 * E-mail over SMTP (nodemailer): Mailpit in development and tests, the council's mail server in
 * production. The delivery id is the Message-ID, so a receiver (or a mailbox) can tell a retry
 * of the same delivery from a new one.
 */
@Injectable()
export class EmailChannel implements NotificationChannel, OnApplicationShutdown {
  readonly name = 'email' as const;
  private readonly transport: Transporter;

  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'smtp' | 'deliveries'>) {
    const { host, port, secure, auth } = config.smtp;
    const timeout = config.deliveries.sendTimeoutMs;
    this.transport = createTransport({ host, port, secure, auth, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  }

  async send(outgoing: OutgoingMessage): Promise<void> {
    const to = outgoing.address.email;
    if (!to) throw new PermanentDeliveryError('no e-mail address');
    await this.transport.sendMail({ from: this.config.smtp.from, to, ...emailOf(outgoing) });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
