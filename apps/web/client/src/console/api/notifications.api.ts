import type { CappedPage } from './labels.types';
import { get, post, put, queryString } from './staff-http';

export interface InboxEntry {
  id: string;
  event: string;
  title: string;
  body: string;
  /** The console path of the item it is about. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A page of the inbox, with the unread count (exact) beside its capped total. */
export interface Inbox extends CappedPage<InboxEntry> {
  unread: number;
}

export type StaffChannel = 'email' | 'sms';

export interface NotificationPreferences {
  email: string | null;
  phone: string | null;
  channels: StaffChannel[];
  locale: 'zh' | 'en';
}

export interface Delivery {
  id: string;
  event: string;
  channel: string;
  recipient: string;
  status: string;
  attempts: number;
  lastError: string | null;
  problemId: string | null;
  reference: string | null;
  createdAt: string;
  updatedAt?: string;
}

export interface DepartmentChannels {
  email: string | null;
  smsPhone: string | null;
  webhook: { kind: 'oa' | 'wecom'; url: string; secret?: string } | null;
}

export interface SinkMessage {
  [key: string]: unknown;
}

/** The notifications service: every member of staff's inbox and channels; admins' deliveries. */
export const notificationsApi = {
  inbox: (query: { unread?: boolean } = {}) => get<Inbox>('notifications', `/notifications/inbox${queryString({ unread: query.unread ? 'true' : undefined })}`),
  unreadCount: () => get<{ unread: number }>('notifications', '/notifications/inbox/unread-count'),
  markRead: (id: string) => post<unknown>('notifications', `/notifications/inbox/${encodeURIComponent(id)}/read`, {}),
  markAllRead: () => post<unknown>('notifications', '/notifications/inbox/read-all', {}),
  preferences: () => get<NotificationPreferences>('notifications', '/notifications/preferences'),
  savePreferences: (preferences: NotificationPreferences) => put<NotificationPreferences>('notifications', '/notifications/preferences', preferences),
  failedDeliveries: () => get<CappedPage<Delivery>>('notifications', '/admin/notifications/deliveries?status=failed'),
  resend: (id: string) => post<unknown>('notifications', `/admin/notifications/deliveries/${encodeURIComponent(id)}/resend`, {}),
  departmentChannels: (departmentId: string) => get<DepartmentChannels>('notifications', `/admin/notifications/departments/${encodeURIComponent(departmentId)}/channels`),
  saveDepartmentChannels: (departmentId: string, channels: DepartmentChannels) =>
    put<DepartmentChannels>('notifications', `/admin/notifications/departments/${encodeURIComponent(departmentId)}/channels`, channels),
  smsSink: () => get<SinkMessage[] | { messages: SinkMessage[] }>('notifications', '/admin/notifications/sms-sink/messages'),
};

/** A list answer, whether the service wraps it or not. */
export function listOf<T>(answer: T[] | { items?: T[]; messages?: T[] }): T[] {
  return Array.isArray(answer) ? answer : (answer.items ?? answer.messages ?? []);
}
