import { createHash } from 'node:crypto';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PROBLEM_CATEGORIES, URGENCIES } from '@shangliang/contracts';
import type { SubmitProblemCommand } from '../problems/submit-problem.command';

export const REQUEST_TYPES = ['consultation', 'suggestion', 'complaint', 'help'] as const;

/**
 * A 12345-style work order as the call centre sends it (JSON body, or one CSV row with the same
 * field names). Unknown fields are ignored so a partner can send its full record; every field
 * we use is checked and a bad one is named in the 400.
 */
export const workOrderSchema = z.object({
  orderNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1–64 letters, digits, ".", "_" or "-"'),
  receivedAt: z.iso.datetime({ offset: true }),
  callerPhone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s-]{7,20}$/, 'must be a phone number (digits, spaces, dashes)'),
  callerName: z.string().trim().min(1).max(50).optional(),
  requestType: z.enum(REQUEST_TYPES),
  category: z.enum(PROBLEM_CATEGORIES),
  communityId: z.string().trim().min(1).max(32),
  address: z.string().trim().max(300).optional(),
  content: z.string().trim().min(5).max(4000),
  urgency: z.enum(URGENCIES),
  partnerDeadline: z.iso.datetime({ offset: true }).optional(),
});
export type WorkOrder = z.output<typeof workOrderSchema>;
export class WorkOrderDto extends createZodDto(workOrderSchema) {}

/** Titles are short; the call centre's text becomes the description in full. */
const TITLE_LENGTH = 40;

/** The problem a work order raises. 12345 practice calls every caller back (回访), so consent is given. */
export function problemCommandFrom(order: WorkOrder): SubmitProblemCommand {
  return {
    title: titleFrom(order.content),
    description: order.content,
    category: order.category,
    urgency: order.urgency,
    communityId: order.communityId,
    address: order.address,
    // The 12345 centre tells its callers of progress itself; we only call them back.
    contact: { phone: order.callerPhone, name: order.callerName, consentToCallback: true, consentToTexts: false, locale: 'zh' },
  };
}

/** The first sentence of the text, cut to a title's length. */
export function titleFrom(content: string): string {
  const firstSentence = content.split(/[\n。！？!?；;]/, 1)[0].trim();
  const base = firstSentence.length >= 2 ? firstSentence : content.trim();
  const chars = [...base];
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH - 1).join('')}…` : base;
}

/** Identifies the order's content, so a resend is told apart from a reused order number. */
export function workOrderHash(order: WorkOrder): string {
  const canonical = Object.fromEntries(Object.entries(order).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
