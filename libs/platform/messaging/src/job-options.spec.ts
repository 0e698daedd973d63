import { cappedBackoff, DEFAULT_JOB_OPTIONS } from './job-options';

describe('message job retries', () => {
  it('doubles the wait from one second and never waits more than a minute', () => {
    expect([1, 2, 3, 6, 7, 8, 50].map(cappedBackoff)).toEqual([1000, 2000, 4000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('keeps retrying through an outage of weeks', () => {
    const retryTimeMs = Array.from({ length: DEFAULT_JOB_OPTIONS.attempts! }, (_, i) => cappedBackoff(i + 1)).reduce((a, b) => a + b, 0);
    expect(retryTimeMs).toBeGreaterThan(30 * 24 * 3600 * 1000);
  });
});
