import { Catch } from '@nestjs/common';
import { FileUploadExceptionFilter } from '@shangliang/http';
import { MAX_HISTORY_BYTES } from './history-file';

/** Multer's errors on a history upload become a 400 naming `file`. */
@Catch()
export class HistoryUploadExceptionFilter extends FileUploadExceptionFilter {
  protected readonly field = 'file';
  protected readonly maxBytes = MAX_HISTORY_BYTES;
  protected readonly expected = 'send one .xlsx or .csv file in the multipart field "file"';
}
