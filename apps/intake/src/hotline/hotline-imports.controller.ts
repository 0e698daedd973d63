import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { notFound } from '@shangliang/http';
import { HotlineImportRepository } from './hotline-import.repository';
import { HotlinePartnerRepository } from './hotline-partner.repository';
import { hotlineImportView } from './hotline-import.view';
import { HotlineUploadExceptionFilter } from './hotline-upload.filter';
import { StartHotlineImportUseCase, type UploadedCsv } from './start-hotline-import.usecase';
import { MAX_IMPORT_BYTES } from './work-order-csv';

class ListImportsQuery extends createZodDto(
  z.object({ partnerId: z.string().max(32).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
) {}

@ApiTags('hotline')
@ApiBearerAuth()
@Roles('admin')
@Controller('hotline')
export class HotlineImportsController {
  constructor(
    private readonly start: StartHotlineImportUseCase,
    private readonly imports: HotlineImportRepository,
    private readonly partners: HotlinePartnerRepository,
  ) {}

  @Post('partners/:partnerId/imports')
  @HttpCode(202)
  @UseFilters(HotlineUploadExceptionFilter)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, parts: 4 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: "Import a partner's CSV export of work orders (header row with the work order's field names).",
    description:
      'Answers 202 with the import; rows are imported in the background (poll GET /hotline/imports/{id}). ' +
      'Rows whose order number was already received are skipped; bad rows are reported as {row, field, message}.',
  })
  upload(@Param('partnerId') partnerId: string, @UploadedFile() file: UploadedCsv | undefined, @CurrentStaff() staff: StaffPrincipal) {
    return this.start.execute(partnerId, file, staff);
  }

  @Get('imports')
  @ApiOperation({ summary: 'Recent imports, newest first.' })
  async list(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: ListImportsQuery) {
    const partners = (await this.partners.list(staff.councilId)).map((p) => p.id);
    const partnerIds = query.partnerId === undefined ? partners : partners.filter((id) => id === query.partnerId);
    return (await this.imports.list(partnerIds, query.limit)).map(hotlineImportView);
  }

  @Get('imports/:id')
  @ApiOperation({ summary: "An import's progress: totalRows, importedRows, skippedRows, failedRows and the per-row errors." })
  async get(@CurrentStaff() staff: StaffPrincipal, @Param('id', ParseUUIDPipe) id: string) {
    const found = await this.imports.findById(id);
    if (!found || !(await this.partners.findInCouncil(found.partnerId, staff.councilId))) throw notFound('import');
    return hotlineImportView(found);
  }
}
