import type { ChannelName } from '../channels/notification-channel';

/** One person or body told of an event: a member of staff, a department, a resident. */
export type RecipientKey = `staff:${string}` | `department:${string}` | `resident:${string}`;

export interface Recipient {
  key: RecipientKey;
  channels: ChannelName[];
  locale: 'zh' | 'en';
}

/** A delivery row to create: one recipient on one channel. */
export interface PlannedDelivery {
  id: string;
  recipientKey: RecipientKey;
  channel: ChannelName;
  locale: string;
  notBefore: Date | null;
}

export function recipientOf(key: string): { kind: 'staff' | 'department' | 'resident'; id: string } {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  if (kind !== 'staff' && kind !== 'department' && kind !== 'resident') throw new Error(`unknown recipient ${key}`);
  return { kind, id: key.slice(at + 1) };
}
