import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CONSULTATION_FORMS, CONSULTATION_OUTCOMES } from '@shangliang/contracts';

/** Small allowance for clocks that disagree between the console and the server. */
const CLOCK_SKEW_MS = 5 * 60_000;
const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().trim().min(1).max(32);
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * One session of an item's consultation (协商解单 may take several): its form, when and where
 * (a studio of the directory, or another place), who attended, the resident representatives
 * (a count; names only of those who consented to be named), the agenda, minutes and decisions.
 */
export const recordSessionSchema = z
  .object({
    form: z.enum(CONSULTATION_FORMS),
    heldAt: isoDateTime.refine((v) => Date.parse(v) <= Date.now() + CLOCK_SKEW_MS, 'a session is recorded after it was held, not before'),
    /** 两室: the studio's id (a community's member studio, a locality's convener studio). */
    studioId: id.optional(),
    /** Another place, when it was not held in a studio. */
    venue: text(200).optional(),
    attendedMemberIds: z.array(id).max(60).default([]),
    departmentIds: z.array(id).max(50).default([]),
    residentRepresentatives: z
      .object({
        count: z.number().int().min(0).max(10_000),
        /** Named only with their consent, which the recorder confirms for each. */
        named: z.array(z.object({ name: text(50), consented: z.literal(true) }).strict()).max(50).default([]),
      })
      .strict(),
    agenda: text(4000),
    minutes: text(20_000),
    decisions: text(8000).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.studioId && !body.venue) ctx.addIssue({ code: 'custom', path: ['venue'], message: 'say where it was held: a studio (studioId) or another place (venue)' });
    if (body.residentRepresentatives.named.length > body.residentRepresentatives.count) {
      ctx.addIssue({ code: 'custom', path: ['residentRepresentatives', 'named'], message: 'more representatives named than attended' });
    }
  });
export type RecordSessionCommand = z.output<typeof recordSessionSchema>;
export class RecordSessionDto extends createZodDto(recordSessionSchema) {}

/** The team lead concludes the item with its outcome once the team is done consulting. */
export const concludeItemSchema = z
  .object({
    outcome: z.enum(CONSULTATION_OUTCOMES),
    /** What was settled, for the case write-up. */
    summary: text(20_000),
    referral: z
      .object({
        departmentId: id,
        request: text(4000),
        dueAt: isoDateTime.refine((v) => Date.parse(v) > Date.now(), 'the response deadline must be in the future'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.outcome === 'referred' && !body.referral) ctx.addIssue({ code: 'custom', path: ['referral'], message: 'a referred outcome needs the referral (department, request, deadline)' });
    if (body.outcome !== 'referred' && body.referral) ctx.addIssue({ code: 'custom', path: ['referral'], message: `only a referred outcome has a referral, not "${body.outcome}"` });
  });
export type ConcludeItemCommand = z.output<typeof concludeItemSchema>;
export class ConcludeItemDto extends createZodDto(concludeItemSchema) {}
