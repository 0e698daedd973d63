import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { HealthController, loggerParams } from '@shangliang/http';
import { MessagingModule } from '@shangliang/messaging';
import { OrganisationDirectoryModule } from '@shangliang/organisation';
import { PrismaModule } from '@shangliang/persistence';
import { EmailChannel } from './channels/email/email.channel';
import { InboxChannel } from './channels/inbox/inbox.channel';
import { InboxController } from './channels/inbox/inbox.controller';
import { InboxRepository } from './channels/inbox/inbox.repository';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './channels/notification-channel';
import { AliyunSmsProvider } from './channels/sms/aliyun-sms.provider';
import { SmsChannel } from './channels/sms/sms.channel';
import { SmsProvider } from './channels/sms/sms-provider';
import { WebhookChannel } from './channels/webhook/webhook.channel';
import { DeliveriesAdminController } from './deliveries/deliveries-admin.controller';
import { DeliveryQueue } from './deliveries/delivery.queue';
import { DeliveryRepository } from './deliveries/delivery.repository';
import { NotificationClock } from './deliveries/notification-clock';
import { SendDeliveryUseCase } from './deliveries/send-delivery.usecase';
import { DepartmentChannelRepository } from './departments/department-channel.repository';
import { DepartmentChannelsController } from './departments/department-channels.controller';
import { DepartmentChannelsUseCase } from './departments/department-channels.usecase';
import { NotificationEventRepository } from './events/notification-event.repository';
import { ProblemContextRepository } from './events/problem-context.repository';
import { RecordNotificationUseCase } from './events/record-notification.usecase';
import { NOTIFICATIONS_CONFIG, notificationsConfigFrom, notificationsEnv } from './notifications.config';
import { NOTIFICATIONS_INBOX_HANDLERS } from './notifications-inbox';
import { PreferencesController } from './preferences/preferences.controller';
import { StaffPreferenceRepository } from './preferences/staff-preference.repository';
import { ContactBook } from './recipients/contact-book';
import { RecipientResolver } from './recipients/recipient-resolver';
import { ResidentContactsClient } from './recipients/resident-contacts.client';
import { SmsSinkController } from './sms-sink/sms-sink.controller';

export const notificationsConfig = notificationsConfigFrom(loadConfig(notificationsEnv));

@Module({
  imports: [
    LoggerModule.forRoot(loggerParams(notificationsConfig.logLevel, 'notifications')),
    PrismaModule.forRoot(notificationsConfig.database),
    // The ledger's receipts acknowledge the feed's messages; this service sends none of its own.
    MessagingModule.forRoot({ redis: notificationsConfig.redis, source: 'notifications', outbox: { relay: notificationsConfig.outboxRelay, ledger: notificationsConfig.messageLedger, deadLetterApi: true } }),
    AuthModule.forRoot(notificationsConfig.auth),
    OrganisationDirectoryModule,
  ],
  controllers: [HealthController, InboxController, PreferencesController, DepartmentChannelsController, DeliveriesAdminController, SmsSinkController, ...NOTIFICATIONS_INBOX_HANDLERS],
  providers: [
    { provide: NOTIFICATIONS_CONFIG, useValue: notificationsConfig },
    NotificationClock,
    NotificationEventRepository,
    ProblemContextRepository,
    RecordNotificationUseCase,
    RecipientResolver,
    ContactBook,
    ResidentContactsClient,
    StaffPreferenceRepository,
    DepartmentChannelRepository,
    DepartmentChannelsUseCase,
    DeliveryRepository,
    DeliveryQueue,
    SendDeliveryUseCase,
    InboxRepository,
    InboxChannel,
    EmailChannel,
    { provide: SmsProvider, useClass: AliyunSmsProvider },
    SmsChannel,
    WebhookChannel,
    {
      provide: NOTIFICATION_CHANNELS,
      useFactory: (...channels: NotificationChannel[]) => channels,
      inject: [InboxChannel, EmailChannel, SmsChannel, WebhookChannel],
    },
  ],
})
export class NotificationsModule {}
