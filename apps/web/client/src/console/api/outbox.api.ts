import type { DeadLetterView as DeadLetter } from '@shangliang/contracts/staff/dead-letter';
import { get, post } from './staff-http';

export type { DeadLetter };

/** Every service serves every sender's dead letters; the console asks intake. */
export const outboxApi = {
  deadLetters: () => get<DeadLetter[]>('intake', '/admin/outbox/dead-letters'),
  redrive: (id: string) => post<{ id: string; redriven: true }>('intake', `/admin/outbox/dead-letters/${encodeURIComponent(id)}/redrive`, {}),
};
