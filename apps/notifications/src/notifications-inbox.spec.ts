import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { patternsOf } from '@shangliang/contracts';
import { NOTIFICATIONS_INBOX_HANDLERS } from './notifications-inbox';

/** The patterns the handler classes subscribe to, one entry per @EventPattern. */
function subscribedPatterns(): string[] {
  return NOTIFICATIONS_INBOX_HANDLERS.flatMap((handler) =>
    Object.getOwnPropertyNames(handler.prototype).flatMap((name) => {
      const method: unknown = Object.getOwnPropertyDescriptor(handler.prototype, name)?.value;
      return typeof method === 'function' ? ((Reflect.getMetadata(PATTERN_METADATA, method) as string[] | undefined) ?? []) : [];
    }),
  );
}

describe('the notifications inbox', () => {
  it('handles every pattern of the notifications queue exactly once', () => {
    expect(subscribedPatterns().sort()).toEqual(patternsOf('notifications').sort());
  });
});
