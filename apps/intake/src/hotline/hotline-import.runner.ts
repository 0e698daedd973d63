import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '@shangliang/http';
import type { CsvRow } from './work-order-csv';
import { HotlineImportRepository, type ImportProgress, type RowError } from './hotline-import.repository';
import { SubmitWorkOrderUseCase } from './submit-work-order.usecase';
import { workOrderSchema } from './work-order.schema';

/** Progress is written every this many rows (and at the end), so a poller sees it move. */
const PROGRESS_EVERY_ROWS = 50;
/** A file full of bad rows would otherwise store an unbounded error list. */
const MAX_REPORTED_ERRORS = 2_000;

/**
 * Imports the rows of an uploaded file in the background, one at a time through the same use
 * case as a posted work order, so an import obeys every rule a single order does: validation,
 * idempotency on the order number (a row already imported is skipped), merging a caller's
 * repeated complaint. Rows run in file order so merges are the same on every run.
 */
@Injectable()
export class HotlineImportRunner implements OnApplicationShutdown {
  private readonly logger = new Logger(HotlineImportRunner.name);
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly imports: HotlineImportRepository,
    private readonly submit: SubmitWorkOrderUseCase,
  ) {}

  start(importId: string, partnerId: string, rows: CsvRow[]): void {
    const run = this.run(importId, partnerId, rows)
      .catch((error: unknown) => this.logger.error(`import ${importId} stopped: ${error instanceof Error ? error.stack : String(error)}`))
      .finally(() => this.running.delete(importId));
    this.running.set(importId, run);
  }

  /** Resolves when every running import has finished. */
  async idle(): Promise<void> {
    await Promise.all(this.running.values());
  }

  /** Lets running imports stop between rows and record how far they got. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.idle();
  }

  private async run(importId: string, partnerId: string, rows: CsvRow[]): Promise<void> {
    const progress: ImportProgress = { importedRows: 0, skippedRows: 0, failedRows: 0, errors: [] };
    for (const [index, row] of rows.entries()) {
      if (this.stopping) {
        const message = 'the service stopped during the import; import the file again (rows already imported are skipped)';
        progress.errors.push({ row: row.row, field: '(file)', message });
        return this.imports.finish(importId, 'failed', progress);
      }
      await this.importRow(partnerId, row, progress);
      if ((index + 1) % PROGRESS_EVERY_ROWS === 0) await this.imports.progress(importId, progress);
    }
    await this.imports.finish(importId, 'finished', progress);
  }

  private async importRow(partnerId: string, row: CsvRow, progress: ImportProgress): Promise<void> {
    const parsed = workOrderSchema.safeParse(row.values);
    if (!parsed.success) {
      return fail(progress, parsed.error.issues.map((i) => ({ row: row.row, field: i.path.join('.') || '(row)', message: i.message })));
    }
    try {
      const { created } = await this.submit.execute(partnerId, parsed.data);
      if (created) progress.importedRows++;
      else progress.skippedRows++;
    } catch (error) {
      if (error instanceof DomainError) {
        const fields = error.fields?.length ? error.fields : [{ field: error.code === 'idempotency_key_reused' ? 'orderNumber' : '(row)', message: error.message }];
        return fail(progress, fields.map((f) => ({ row: row.row, ...f })));
      }
      this.logger.error(`import row ${row.row} failed: ${error instanceof Error ? error.message : String(error)}`);
      return fail(progress, [{ row: row.row, field: '(row)', message: 'could not be imported (a server error); import the file again to retry it' }]);
    }
  }
}

function fail(progress: ImportProgress, errors: RowError[]): void {
  progress.failedRows++;
  progress.errors.push(...errors.slice(0, Math.max(0, MAX_REPORTED_ERRORS - progress.errors.length)));
}
