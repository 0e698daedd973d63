import { outboxRetryDelayMs, stableUuid } from './outbox';

describe('the outbox retry policy', () => {
  const policy = { maxAttempts: 10, baseMs: 1_000, maxMs: 60_000 };

  it('doubles the wait after each failed publish, up to the cap', () => {
    expect([1, 2, 3, 4, 7, 8, 50].map((attempts) => outboxRetryDelayMs(attempts, policy))).toEqual([1_000, 2_000, 4_000, 8_000, 60_000, 60_000, 60_000]);
  });
});

describe('stable message ids', () => {
  it('derives the same UUID from the same name and different ones from different names', () => {
    expect(stableUuid('problem-1.run.3')).toBe(stableUuid('problem-1.run.3'));
    expect(stableUuid('problem-1.run.3')).not.toBe(stableUuid('problem-1.run.4'));
    expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
