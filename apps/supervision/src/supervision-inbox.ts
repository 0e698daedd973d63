import type { Type } from '@nestjs/common';
import { CaseArchiveRequestedHandler } from './cases/case-archive-requested.handler';
import { FollowUpRequestedHandler } from './follow-ups/follow-up-requested.handler';
import { SupervisionCaseRequestedHandler } from './supervision-cases/supervision-case-requested.handler';

/** The handlers of the `supervision` queue: together they cover each pattern exactly once. */
export const SUPERVISION_INBOX_HANDLERS: Type<unknown>[] = [SupervisionCaseRequestedHandler, FollowUpRequestedHandler, CaseArchiveRequestedHandler];
