import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type HotlineImportRecord = Prisma.HotlineImportGetPayload<object>;
export interface RowError {
  row: number;
  field: string;
  message: string;
}
export interface ImportProgress {
  importedRows: number;
  skippedRows: number;
  failedRows: number;
  errors: RowError[];
}

@Injectable()
export class HotlineImportRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { id: string; partnerId: string; fileName: string; totalRows: number; createdBy: string }): Promise<HotlineImportRecord> {
    return this.prisma.hotlineImport.create({ data: { ...data, status: 'running' } });
  }

  findById(id: string): Promise<HotlineImportRecord | null> {
    return this.prisma.hotlineImport.findUnique({ where: { id } });
  }

  list(partnerIds: string[], take: number): Promise<HotlineImportRecord[]> {
    return this.prisma.hotlineImport.findMany({ where: { partnerId: { in: partnerIds } }, orderBy: { createdAt: 'desc' }, take });
  }

  async progress(id: string, progress: ImportProgress): Promise<void> {
    await this.prisma.hotlineImport.update({ where: { id }, data: { ...progress, errors: progress.errors as unknown as Prisma.InputJsonValue } });
  }

  async finish(id: string, status: 'finished' | 'failed', progress: ImportProgress): Promise<void> {
    await this.prisma.hotlineImport.update({
      where: { id },
      data: { ...progress, errors: progress.errors as unknown as Prisma.InputJsonValue, status, finishedAt: new Date() },
    });
  }
}
