import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SUPERVISION_FINDINGS } from '@shangliang/contracts';

/** Words a person wrote, trimmed and bounded. */
const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().trim().min(1).max(32);

/**
 * What a supervisor does on a supervision case (民主监督 that acts). On a slow department's case:
 * a supervision notice (督办函) with its own deadline, a point-to-point consultation (点对点协商)
 * with the department, a finding, closing it. On a resident's repeated dissatisfaction: another
 * round of consultation, or archiving it unresolved with an explanation the resident reads.
 */
export const supervisionActionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('notice'),
      text: text(8000),
      dueAt: z.iso.datetime({ offset: true }).refine((v) => Date.parse(v) > Date.now(), 'the notice deadline must be in the future'),
    })
    .strict(),
  z.object({ kind: z.literal('point_to_point'), departmentId: id.optional(), note: text(4000).optional() }).strict(),
  z.object({ kind: z.literal('finding'), finding: z.enum(SUPERVISION_FINDINGS), reasons: text(8000), measures: text(8000).optional() }).strict(),
  z.object({ kind: z.literal('close'), resolution: text(8000) }).strict(),
  z.object({ kind: z.literal('another_round'), note: text(4000) }).strict(),
  z.object({ kind: z.literal('archive_unresolved'), explanation: text(2000) }).strict(),
]);
export type SupervisionActionCommand = z.output<typeof supervisionActionSchema>;

/** The department's answer to a supervision notice. */
export const noticeAnswerSchema = z.object({ answer: text(8000) }).strict();
export class NoticeAnswerDto extends createZodDto(noticeAnswerSchema) {}

/** Which actions each kind of case takes. */
export const ACTIONS_BY_CASE_KIND: Record<string, readonly SupervisionActionCommand['kind'][]> = {
  democratic_supervision: ['notice', 'point_to_point', 'finding', 'close'],
  repeated_dissatisfaction: ['finding', 'another_round', 'archive_unresolved'],
};
