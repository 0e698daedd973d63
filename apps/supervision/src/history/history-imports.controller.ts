import { Controller, HttpCode, Post, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, type ApiBodyOptions, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { MAX_HISTORY_BYTES } from './history-file';
import { HistoryUploadExceptionFilter } from './history-upload.filter';
import { ImportHistoryUseCase, type UploadedFile as HistoryFile } from './import-history.usecase';

const UPLOAD = FileInterceptor('file', { limits: { fileSize: MAX_HISTORY_BYTES, files: 1, parts: 4 } });
const FILE_BODY: ApiBodyOptions = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };

@ApiTags('history import')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/history')
export class HistoryImportsController {
  constructor(private readonly importHistory: ImportHistoryUseCase) {}

  @Post('cases')
  @HttpCode(200)
  @UseFilters(HistoryUploadExceptionFilter)
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiOperation({
    summary: 'Import earlier cases (.xlsx or .csv, header row) into the case bank, marked imported.',
    description: 'Answers {totalRows, imported, skipped, failed, errors: [{row, field, message}]}. Rows imported before (same key) are skipped.',
  })
  cases(@UploadedFile() file: HistoryFile | undefined, @CurrentStaff() staff: StaffPrincipal) {
    return this.importHistory.execute('cases', file, staff);
  }

  @Post('suggestions')
  @HttpCode(200)
  @UseFilters(HistoryUploadExceptionFilter)
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiOperation({
    summary: 'Import earlier suggestions with their adoption (.xlsx or .csv, header row) into the suggestion bank, marked imported.',
    description: 'Answers {totalRows, imported, skipped, failed, errors: [{row, field, message}]}. Rows imported before (same key) are skipped.',
  })
  suggestions(@UploadedFile() file: HistoryFile | undefined, @CurrentStaff() staff: StaffPrincipal) {
    return this.importHistory.execute('suggestions', file, staff);
  }
}
