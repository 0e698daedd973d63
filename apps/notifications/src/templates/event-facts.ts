import { z } from 'zod';

/**
 * What an event says, stored with it (notification_events.variables) and turned into template
 * values per recipient locale at the moment of sending. Codes, names and dates only: never a
 * resident's contact.
 */
export const eventFactsSchema = z.object({
  reference: z.string(),
  communityName: z.string(),
  /** The console path of the item (the problem, the referral list, a supervision case). */
  consolePath: z.string(),
  departmentName: z.string().nullable().default(null),
  dueAt: z.string().nullable().default(null),
  rung: z.string().nullable().default(null),
  level: z.number().nullable().default(null),
  outcome: z.string().nullable().default(null),
  reason: z.string().nullable().default(null),
});
export type EventFacts = z.infer<typeof eventFactsSchema>;
export type EventFactsInput = z.input<typeof eventFactsSchema>;
