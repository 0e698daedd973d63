import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CATEGORY_LABELS, CONSULTATION_OUTCOMES, PROBLEM_CATEGORIES, SATISFACTION_LEVELS } from '@shangliang/contracts';
import { calendarDateSchema } from '../calendar-date';
import { ADOPTION_STATUSES, SUBMISSION_TARGETS } from '../suggestions/suggestion.commands';

/** Chinese column headers a council's spreadsheet may use, by field name. */
export const CASE_COLUMN_ALIASES: Record<string, string> = {
  编号: 'ref',
  标题: 'title',
  案例: 'writeUp',
  案例写法: 'writeUp',
  处理结果: 'outcomeNote',
  结果: 'outcome',
  类别: 'category',
  社区: 'community',
  提出日期: 'submittedOn',
  办结日期: 'settledOn',
  满意度: 'satisfaction',
  部门: 'department',
  委员: 'members',
  典型: 'typical',
  communityId: 'community',
  departmentId: 'department',
  memberIds: 'members',
};
export const CASE_REQUIRED_COLUMNS = ['title', 'outcome', 'category', 'community', 'submittedOn', 'settledOn'];

export const SUGGESTION_COLUMN_ALIASES: Record<string, string> = {
  编号: 'ref',
  标题: 'title',
  内容: 'text',
  提案委员: 'proposers',
  涉及社区: 'communities',
  报送对象类型: 'submittedToKind',
  报送对象: 'submittedTo',
  报送日期: 'submittedOn',
  采纳情况: 'adoption',
  未采纳原因: 'adoptionReason',
  采纳单位: 'adoptingBody',
  答复日期: 'decidedOn',
  落实情况: 'implementationNotes',
  proposerIds: 'proposers',
  communityIds: 'communities',
};
export const SUGGESTION_REQUIRED_COLUMNS = ['title', 'text', 'submittedToKind', 'submittedTo', 'submittedOn', 'adoption'];

const OUTCOME_WORDS: Record<string, string> = { 已解决: 'solved', 解决: 'solved', 已解释: 'explained', 解释说明: 'explained', 凝聚共识: 'explained', 已转办: 'referred', 转办: 'referred' };
const SATISFACTION_WORDS: Record<string, string> = { 满意: 'satisfied', 基本满意: 'basically_satisfied', 不满意: 'dissatisfied' };
const ADOPTION_WORDS: Record<string, string> = { 待答复: 'pending', 已采纳: 'adopted', 采纳: 'adopted', 部分采纳: 'partly_adopted', 未采纳: 'not_adopted' };
const TARGET_WORDS: Record<string, string> = { 职能部门: 'department', 部门: 'department', 区政府: 'district_government', '区（县）政府': 'district_government', 县政府: 'district_government', 党委: 'party_committee', 市委: 'party_committee', 政府: 'government', 市政府: 'government' };
const CATEGORY_WORDS: Record<string, string> = Object.fromEntries(Object.entries(CATEGORY_LABELS).map(([code, label]) => [label.zh, code]));
const YES = ['是', 'y', 'yes', 'true', '1', '典型'];
const NO = ['否', 'n', 'no', 'false', '0'];

/** A cell that may hold the code or its Chinese word. */
const word = <T extends readonly [string, ...string[]]>(codes: T, words: Record<string, string>) =>
  z.preprocess((v) => (typeof v === 'string' ? (words[v] ?? v.toLowerCase()) : v), z.enum(codes, { error: `must be one of ${codes.join(', ')} (or its Chinese name)` }));
/** Ids separated by ; , 、 or spaces. */
const list = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? '').split(/[;,，、；\s]+/).filter(Boolean))]);
const yesNo = z
  .string()
  .optional()
  .refine((v) => v === undefined || [...YES, ...NO].includes(v.toLowerCase()), 'must be 是 or 否 (yes or no)')
  .transform((v) => v !== undefined && YES.includes(v.toLowerCase()));

export const caseHistoryRowSchema = z
  .object({
    ref: z.string().max(100).optional(),
    title: z.string().min(1).max(200),
    writeUp: z.string().max(50_000).optional(),
    outcomeNote: z.string().max(10_000).optional(),
    outcome: word(CONSULTATION_OUTCOMES, OUTCOME_WORDS),
    category: word(PROBLEM_CATEGORIES, CATEGORY_WORDS),
    community: z.string().min(1).max(100),
    submittedOn: calendarDateSchema,
    settledOn: calendarDateSchema,
    satisfaction: word(SATISFACTION_LEVELS, SATISFACTION_WORDS).optional(),
    department: z.string().max(100).optional(),
    members: list,
    typical: yesNo,
  })
  .refine((r) => r.settledOn >= r.submittedOn, { message: 'must not be before submittedOn', path: ['settledOn'] });
export type CaseHistoryRow = z.output<typeof caseHistoryRowSchema>;

export const suggestionHistoryRowSchema = z
  .object({
    ref: z.string().max(100).optional(),
    title: z.string().min(1).max(200),
    text: z.string().min(1).max(50_000),
    proposers: list,
    communities: list,
    submittedToKind: word(SUBMISSION_TARGETS, TARGET_WORDS),
    submittedTo: z.string().min(1).max(200),
    submittedOn: calendarDateSchema,
    adoption: word(ADOPTION_STATUSES, ADOPTION_WORDS),
    adoptionReason: z.string().max(5000).optional(),
    adoptingBody: z.string().max(200).optional(),
    decidedOn: calendarDateSchema.optional(),
    implementationNotes: z.string().max(20_000).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.adoption === 'not_adopted' && !r.adoptionReason) ctx.addIssue({ code: 'custom', path: ['adoptionReason'], message: 'give the reason it was not adopted' });
    if (r.decidedOn && r.decidedOn < r.submittedOn) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'must not be before submittedOn' });
  });
export type SuggestionHistoryRow = z.output<typeof suggestionHistoryRowSchema>;

export interface RowError {
  row: number;
  field: string;
  message: string;
}

/** Parses one row; its problems named by row and field (the first per field). */
export function parseRow<T>(schema: z.ZodType<T>, row: number, values: Record<string, string | undefined>): { ok: true; data: T } | { ok: false; errors: RowError[] } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const byField = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.') || 'row';
    if (!byField.has(field)) byField.set(field, issue.code === 'invalid_type' && values[field] === undefined ? 'is required' : issue.message);
  }
  return { ok: false, errors: [...byField].map(([field, message]) => ({ row, field, message })) };
}

/**
 * A row's stable key: its council, the kind, and the spreadsheet's own number (编号) when it
 * has one — else a hash of what identifies the row — so the same row imported again is
 * recognised whatever else in the file moved.
 */
export function importKeyOf(kind: 'case' | 'suggestion', councilId: string, ref: string | undefined, identity: string[]): string {
  const id = ref ? `ref:${ref}` : `sha:${createHash('sha256').update(identity.join('\u001f')).digest('hex').slice(0, 40)}`;
  return `${kind}:${councilId}:${id}`.slice(0, 200);
}
