import type { Type } from '@nestjs/common';
import { CadenceBehindHandler } from './events/cadence-behind.handler';
import { ProblemProgressedHandler } from './events/problem-progressed.handler';
import { ResidentQuestionAskedHandler } from './events/resident-question-asked.handler';

/** The handlers of the `notifications` queue: together they cover each pattern exactly once. */
export const NOTIFICATIONS_INBOX_HANDLERS: Type<unknown>[] = [ProblemProgressedHandler, ResidentQuestionAskedHandler, CadenceBehindHandler];
