import { NOTIFICATION_EVENTS_TOLD, type NotificationEventKind } from '@shangliang/contracts';
import { z } from 'zod';

/**
 * The template code registered with the SMS gateway for each event (a gateway only sends
 * pre-approved templates). SMS_TEMPLATE_CODES is a JSON map overriding the defaults, which are
 * what the local sink and a fresh gateway account use: `SL_` + the event in capitals.
 */
export function smsTemplateCodesFrom(json: string | undefined): Record<NotificationEventKind, string> {
  const defaults = Object.fromEntries(NOTIFICATION_EVENTS_TOLD.map((kind) => [kind, `SL_${kind.replace(/[.]/g, '_').toUpperCase()}`]));
  const overrides = json ? z.record(z.enum(NOTIFICATION_EVENTS_TOLD), z.string().min(1).max(64)).parse(JSON.parse(json)) : {};
  return { ...defaults, ...overrides } as Record<NotificationEventKind, string>;
}
