import type { Type } from '@nestjs/common';
import { CadenceCheckRequestedHandler } from './cadence/cadence-check-requested.handler';
import { ConsultationRequestedHandler } from './consultation-items/consultation-requested.handler';
import { ReferralEscalatedHandler } from './referrals/referral-escalated.handler';

/** The handlers of the `consultation` queue: together they cover each pattern exactly once. */
export const CONSULTATION_INBOX_HANDLERS: Type<unknown>[] = [ConsultationRequestedHandler, ReferralEscalatedHandler, CadenceCheckRequestedHandler];
