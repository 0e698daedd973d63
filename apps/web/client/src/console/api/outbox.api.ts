import { get, post } from './staff-http';

/** An outbox message that failed to publish too often (libs/platform/messaging DeadLetterView). */
export interface DeadLetter {
  id: string;
  source: string;
  queue: string;
  pattern: string;
  problemId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deadAt: string;
}

/** Every service serves every sender's dead letters; the console asks intake. */
export const outboxApi = {
  deadLetters: () => get<DeadLetter[]>('intake', '/admin/outbox/dead-letters'),
  redrive: (id: string) => post<{ id: string; redriven: true }>('intake', `/admin/outbox/dead-letters/${encodeURIComponent(id)}/redrive`, {}),
};
