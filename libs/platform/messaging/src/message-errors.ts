/**
 * A message that can never succeed (malformed, refers to nothing, violates a rule): the job fails
 * at once instead of being retried. Anything else thrown by a handler is treated as transient and
 * retried with backoff.
 */
export class PermanentMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentMessageError';
  }
}
