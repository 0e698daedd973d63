import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';

/**
 * The service's clock: real time, shifted by NOTIFY_CLOCK_OFFSET_MS in tests so "a text due at
 * night" can be tried at any hour. Quiet hours and delays read it; nothing else may.
 */
@Injectable()
export class NotificationClock {
  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'clockOffsetMs'>) {}

  now(): Date {
    return new Date(Date.now() + this.config.clockOffsetMs);
  }
}
