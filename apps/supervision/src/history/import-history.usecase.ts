import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { invalidField, storableText } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { audit } from '../audit/supervision-audit';
import { startOfChinaDay } from '../calendar-date';
import { CaseRepository, type ImportedCase } from '../cases/case.repository';
import { SuggestionRepository, type ImportedSuggestion } from '../suggestions/suggestion.repository';
import { columnsOf, HistoryFileError, readHistoryFile, type HistoryRow } from './history-file';
import {
  CASE_COLUMN_ALIASES,
  CASE_REQUIRED_COLUMNS,
  caseHistoryRowSchema,
  importKeyOf,
  parseRow,
  type RowError,
  SUGGESTION_COLUMN_ALIASES,
  SUGGESTION_REQUIRED_COLUMNS,
  suggestionHistoryRowSchema,
} from './history-rows';

export type HistoryKind = 'cases' | 'suggestions';

export interface UploadedFile {
  originalname?: string;
  buffer: Buffer;
  size: number;
}

export interface HistoryImportReport {
  kind: HistoryKind;
  fileName: string;
  totalRows: number;
  imported: number;
  /** Rows imported before (the same key), or repeated within the file: not imported again. */
  skipped: number;
  failed: number;
  errors: RowError[];
}

interface Actor {
  staffId: string;
  councilId: string;
}

/** What a row's names and ids are checked against: the council's own organisation. */
interface Directory {
  communities: Map<string, string>; // id or name → id
  departments: Map<string, string>; // id, code or name → id
  members: Set<string>;
}

/**
 * History from before the system (往年台账): a council's spreadsheet of earlier cases or
 * suggestions enters the case bank or the suggestion bank, each row marked imported. The file
 * is checked as a whole first (readable, the required columns) — a file that fails writes
 * nothing; then each row is checked, the good ones are imported and each bad one is reported by
 * row and field. Every row has a stable key, so a row is never imported twice.
 */
@Injectable()
export class ImportHistoryUseCase {
  private readonly logger = new Logger(ImportHistoryUseCase.name);

  constructor(
    private readonly cases: CaseRepository,
    private readonly suggestions: SuggestionRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  async execute(kind: HistoryKind, file: UploadedFile | undefined, actor: Actor): Promise<HistoryImportReport> {
    if (!file || file.size === 0) throw invalidField('file', 'send the .xlsx or .csv file in the multipart field "file"');
    const aliases = kind === 'cases' ? CASE_COLUMN_ALIASES : SUGGESTION_COLUMN_ALIASES;
    let rows: HistoryRow[];
    try {
      rows = await readHistoryFile(file.buffer, aliases);
    } catch (error) {
      if (error instanceof HistoryFileError) throw invalidField('file', error.message);
      throw error;
    }
    const required = kind === 'cases' ? CASE_REQUIRED_COLUMNS : SUGGESTION_REQUIRED_COLUMNS;
    const columns = columnsOf(rows);
    const missing = required.filter((c) => !columns.has(c));
    if (missing.length) throw invalidField('file', `header row lacks column(s) ${missing.join(', ')}`);

    const dir = await this.directoryOf(actor.councilId, rows);
    const errors: RowError[] = [];
    const fileName = storableText((file.originalname ?? '').slice(0, 200)) || `${kind}.csv`;
    const candidates = kind === 'cases' ? this.caseRows(rows, dir, actor, errors) : this.suggestionRows(rows, dir, actor, errors);
    // A key twice in one file: the first row counts, the repeat is skipped.
    const unique = [...new Map([...candidates].reverse().map((c) => [c.importKey, c])).values()].reverse();
    const inFileRepeats = candidates.length - unique.length;

    const importId = randomUUID();
    const imported = await this.suggestions.inTransaction(async (tx) => {
      const count = kind === 'cases' ? await this.cases.importMany(tx, unique as ImportedCase[]) : await this.suggestions.importMany(tx, unique as ImportedSuggestion[]);
      await audit(tx, actor, 'import', 'history_import', importId, null, { kind, fileName, totalRows: rows.length, imported: count, failed: rows.length - candidates.length });
      return count;
    });
    const report = { kind, fileName, totalRows: rows.length, imported, skipped: unique.length - imported + inFileRepeats, failed: rows.length - candidates.length, errors };
    this.logger.log(`history import ${importId} (${kind}): ${report.totalRows} rows, ${report.imported} imported, ${report.skipped} skipped, ${report.failed} failed`);
    return report;
  }

  private caseRows(rows: HistoryRow[], dir: Directory, actor: Actor, errors: RowError[]): ImportedCase[] {
    const out: ImportedCase[] = [];
    for (const { row, values } of rows) {
      const parsed = parseRow(caseHistoryRowSchema, row, values);
      if (!parsed.ok) {
        errors.push(...parsed.errors);
        continue;
      }
      const r = parsed.data;
      const rowErrors: RowError[] = [];
      const communityId = dir.communities.get(r.community);
      if (!communityId) rowErrors.push({ row, field: 'community', message: `no community ${r.community} in your council` });
      const departmentId = r.department === undefined ? null : (dir.departments.get(r.department) ?? null);
      if (r.department !== undefined && !departmentId) rowErrors.push({ row, field: 'department', message: `no department ${r.department} in your council` });
      const unknownMembers = r.members.filter((m) => !dir.members.has(m));
      if (unknownMembers.length) rowErrors.push({ row, field: 'members', message: `no member ${unknownMembers.join(', ')} in your council` });
      if (rowErrors.length || !communityId) {
        errors.push(...rowErrors);
        continue;
      }
      const importKey = importKeyOf('case', actor.councilId, r.ref, [r.title, communityId, r.submittedOn, r.settledOn]);
      const settledAt = startOfChinaDay(r.settledOn);
      out.push({
        id: randomUUID(),
        problemId: null,
        reference: historyReference('H', r.ref, importKey),
        title: r.title,
        writeUp: r.writeUp ?? null,
        outcomeNote: r.outcomeNote ?? null,
        category: r.category,
        communityId,
        outcome: r.outcome,
        leadMemberId: r.members[0] ?? null,
        memberIds: r.members,
        departmentId,
        escalationRungs: [],
        satisfaction: r.satisfaction ?? null,
        submittedAt: startOfChinaDay(r.submittedOn),
        settledAt,
        archivedAt: settledAt,
        typical: r.typical,
        imported: true,
        importKey,
      });
    }
    return out;
  }

  private suggestionRows(rows: HistoryRow[], dir: Directory, actor: Actor, errors: RowError[]): ImportedSuggestion[] {
    const out: ImportedSuggestion[] = [];
    for (const { row, values } of rows) {
      const parsed = parseRow(suggestionHistoryRowSchema, row, values);
      if (!parsed.ok) {
        errors.push(...parsed.errors);
        continue;
      }
      const r = parsed.data;
      const rowErrors: RowError[] = [];
      const communityIds = r.communities.map((c) => dir.communities.get(c));
      const unknownCommunities = r.communities.filter((_, i) => !communityIds[i]);
      if (unknownCommunities.length) rowErrors.push({ row, field: 'communities', message: `no community ${unknownCommunities.join(', ')} in your council` });
      const unknownMembers = r.proposers.filter((m) => !dir.members.has(m));
      if (unknownMembers.length) rowErrors.push({ row, field: 'proposers', message: `no member ${unknownMembers.join(', ')} in your council` });
      const submittedTo = r.submittedToKind === 'department' ? dir.departments.get(r.submittedTo) : r.submittedTo;
      if (!submittedTo) rowErrors.push({ row, field: 'submittedTo', message: `no department ${r.submittedTo} in your council` });
      if (rowErrors.length || !submittedTo) {
        errors.push(...rowErrors);
        continue;
      }
      const importKey = importKeyOf('suggestion', actor.councilId, r.ref, [r.title, r.submittedOn, submittedTo]);
      out.push({
        id: randomUUID(),
        councilId: actor.councilId,
        title: r.title,
        text: r.text,
        communityIds: [...new Set(communityIds as string[])].sort(),
        proposerIds: r.proposers,
        submittedToKind: r.submittedToKind,
        submittedTo,
        submittedAt: startOfChinaDay(r.submittedOn),
        adoption: r.adoption,
        adoptionReason: r.adoptionReason ?? null,
        adoptingBody: r.adoptingBody ?? null,
        adoptedAt: r.decidedOn ? startOfChinaDay(r.decidedOn) : null,
        implementationNotes: r.implementationNotes ?? null,
        importKey,
        createdBy: actor.staffId.slice(0, 32),
      });
    }
    return out;
  }

  private async directoryOf(councilId: string, rows: HistoryRow[]): Promise<Directory> {
    const [councilCommunities, all, departments] = await Promise.all([this.directory.communityIdsOfCouncil(councilId), this.directory.communities(), this.directory.departments(councilId)]);
    const inCouncil = new Set(councilCommunities);
    const communities = new Map<string, string>();
    for (const c of all.filter((c) => inCouncil.has(c.id))) {
      communities.set(c.id, c.id);
      communities.set(c.name, c.id);
    }
    const departmentIds = new Map<string, string>();
    for (const d of departments) for (const key of [d.id, d.code, d.name]) if (key) departmentIds.set(key, d.id);
    const memberIds = [...new Set(rows.flatMap((r) => `${r.values.members ?? ''} ${r.values.proposers ?? ''}`.split(/[;,，、；\s]+/).filter(Boolean)))];
    const members = new Set((await this.directory.membersInCouncil(councilId, memberIds)).map((m) => m.id));
    return { communities, departments: departmentIds, members };
  }
}

/** A reference for an imported row: the spreadsheet's number when it has one (H-2025-031), else from its key. */
function historyReference(prefix: string, ref: string | undefined, importKey: string): string {
  return (ref ? `${prefix}-${ref}` : `${prefix}-${importKey.slice(-12)}`).slice(0, 32);
}
