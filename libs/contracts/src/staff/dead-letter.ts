/**
 * An outbox message that failed to publish too often and is no longer tried, as the admin API
 * (`GET /admin/outbox/dead-letters`) shows it: no payload, only the problem it concerns.
 */
export interface DeadLetterView {
  id: string;
  /** The sender whose relay publishes it: a service, or "worker" for the workflows' commands. */
  source: string;
  queue: string;
  pattern: string;
  problemId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deadAt: string;
}
