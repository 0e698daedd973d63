import type { RenderedMessage } from '../templates/render-template';

export const CHANNEL_NAMES = ['inbox', 'email', 'sms', 'webhook'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Where one delivery goes, resolved at the moment of sending (never stored for residents). */
export interface ResolvedAddress {
  staffId?: string;
  email?: string;
  phone?: string;
  webhook?: { kind: 'oa' | 'wecom'; url: string; secret: string };
}

export interface OutgoingMessage {
  /** The delivery id: the receiver's idempotency key (Message-ID, OutId, X-Delivery-Id). */
  deliveryId: string;
  eventKind: string;
  reference: string;
  link: string;
  message: RenderedMessage;
  address: ResolvedAddress;
}

/**
 * One way of telling someone. `send` either delivers (resolves), fails for now (throws; the
 * delivery is retried with backoff) or fails for good (throws PermanentDeliveryError).
 * Each channel sits in its own folder and knows nothing of the others.
 */
export interface NotificationChannel {
  readonly name: ChannelName;
  send(outgoing: OutgoingMessage): Promise<void>;
}

/** A failure that another try cannot fix (no address, a receiver that refuses the request). */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
