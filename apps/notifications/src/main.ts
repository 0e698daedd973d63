import { bootstrapService } from '@shangliang/http';
import { notificationsConfig, NotificationsModule } from './notifications.module';

bootstrapService(NotificationsModule, {
  name: 'notifications',
  title: 'Shangliang notifications',
  description: 'Who is told what: the staff console inbox, e-mail, SMS and department webhooks for every rung of the ladder, with preferences, retries and the failed deliveries admins resend.',
  port: notificationsConfig.port,
  http: notificationsConfig.http,
  inbox: { queue: 'notifications', redis: notificationsConfig.redis },
}).catch((error: unknown) => {
  process.stderr.write(`notifications failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
