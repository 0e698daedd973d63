import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { invalidField, notFound, storableText } from '@shangliang/http';
import { HotlineImportRepository } from './hotline-import.repository';
import { HotlineImportRunner } from './hotline-import.runner';
import { hotlineImportView, type HotlineImportView } from './hotline-import.view';
import { HotlinePartnerRepository } from './hotline-partner.repository';
import { CsvFileError, parseWorkOrderCsv } from './work-order-csv';

export interface UploadedCsv {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * An admin uploads a partner's CSV export. The file is checked as a whole first (readable CSV,
 * the required columns, not too many rows) — a file that fails writes nothing — then its rows
 * are imported in the background; the import's progress and per-row errors can be polled.
 */
@Injectable()
export class StartHotlineImportUseCase {
  constructor(
    private readonly partners: HotlinePartnerRepository,
    private readonly imports: HotlineImportRepository,
    private readonly runner: HotlineImportRunner,
  ) {}

  async execute(partnerId: string, file: UploadedCsv | undefined, importedBy: { staffId: string; councilId: string }): Promise<HotlineImportView> {
    if (!(await this.partners.findInCouncil(partnerId, importedBy.councilId))) throw notFound('hotline partner');
    if (!file || file.size === 0) throw invalidField('file', 'send the CSV file in the multipart field "file"');
    let rows;
    try {
      rows = parseWorkOrderCsv(file.buffer);
    } catch (error) {
      if (error instanceof CsvFileError) throw invalidField('file', error.message);
      throw error;
    }
    const created = await this.imports.create({
      id: randomUUID(),
      partnerId,
      fileName: displayFileName(file.originalname),
      totalRows: rows.length,
      createdBy: importedBy.staffId.slice(0, 32),
    });
    this.runner.start(created.id, partnerId, rows);
    return hotlineImportView(created);
  }
}

/** The name the client gave its upload, for display only. Cut first: cutting could split a surrogate pair. */
function displayFileName(name: string | undefined): string {
  return storableText((name ?? '').slice(0, 200)) || 'upload.csv';
}
