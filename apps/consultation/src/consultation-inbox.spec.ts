import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { patternsOf } from '@shangliang/contracts';
import { CONSULTATION_INBOX_HANDLERS } from './consultation-inbox';

/** The patterns the handler classes subscribe to, one entry per @EventPattern. */
function subscribedPatterns(): string[] {
  return CONSULTATION_INBOX_HANDLERS.flatMap((handler) =>
    Object.getOwnPropertyNames(handler.prototype).flatMap((name) => {
      const method: unknown = Object.getOwnPropertyDescriptor(handler.prototype, name)?.value;
      return typeof method === 'function' ? ((Reflect.getMetadata(PATTERN_METADATA, method) as string[] | undefined) ?? []) : [];
    }),
  );
}

describe('the consultation inbox', () => {
  it('handles every pattern of the consultation queue exactly once', () => {
    expect(subscribedPatterns().sort()).toEqual(patternsOf('consultation').sort());
  });
});
