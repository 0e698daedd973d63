import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { CONTENT_TYPES, formatOfPath, type Open311Document, render } from './open311-format';

/** Handlers return a document; this renders it as XML or JSON, whichever the path's extension asked for. */
@Injectable()
export class Open311ResponseInterceptor implements NestInterceptor<Open311Document, string> {
  intercept(context: ExecutionContext, next: CallHandler<Open311Document>): Observable<string> {
    const format = formatOfPath(context.switchToHttp().getRequest<Request>().path);
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((document) => {
        response.type(CONTENT_TYPES[format]);
        return render(document, format);
      }),
    );
  }
}
