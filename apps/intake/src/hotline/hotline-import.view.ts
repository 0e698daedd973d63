import type { HotlineImportRecord, RowError } from './hotline-import.repository';

export function hotlineImportView(i: HotlineImportRecord) {
  return {
    id: i.id,
    partnerId: i.partnerId,
    fileName: i.fileName,
    status: i.status,
    totalRows: i.totalRows,
    importedRows: i.importedRows,
    skippedRows: i.skippedRows,
    failedRows: i.failedRows,
    /** [{ row, field, message }]; `row` as a spreadsheet numbers it (the header is row 1). */
    errors: i.errors as unknown as RowError[],
    createdBy: i.createdBy,
    createdAt: i.createdAt.toISOString(),
    finishedAt: i.finishedAt?.toISOString() ?? null,
  };
}
export type HotlineImportView = ReturnType<typeof hotlineImportView>;
