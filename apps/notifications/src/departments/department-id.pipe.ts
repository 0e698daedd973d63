import { Injectable, type PipeTransform } from '@nestjs/common';
import { invalidField } from '@shangliang/http';

/** Department ids are short codes (`dept-housing`); anything else is refused naming the field. */
@Injectable()
export class DepartmentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(value)) throw invalidField('path.departmentId', 'must be a department id such as dept-housing');
    return value;
  }
}
