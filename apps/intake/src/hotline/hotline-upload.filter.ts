import { Catch } from '@nestjs/common';
import { FileUploadExceptionFilter } from '@shangliang/http';
import { MAX_IMPORT_BYTES } from './work-order-csv';

/** Multer's errors on a work-order import become a 400 naming `file`. */
@Catch()
export class HotlineUploadExceptionFilter extends FileUploadExceptionFilter {
  protected readonly field = 'file';
  protected readonly maxBytes = MAX_IMPORT_BYTES;
  protected readonly expected = 'send one CSV file in the multipart field "file"';
}
