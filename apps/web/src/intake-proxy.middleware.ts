import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { isPublicIntakeRoute } from './intake-route-policy';
import { FORWARDED_REQUEST_HEADERS, proxyTo, replyError } from './upstream-proxy';
import { WEB_CONFIG, type WebConfig } from './web.config';

/**
 * `/api/*` → intake's public API, streamed both ways (a photo upload is never buffered here), so
 * the page talks to one origin and needs no CORS. `/api/staff/*` is the staff proxy's.
 */
@Injectable()
export class IntakeProxyMiddleware implements NestMiddleware {
  private readonly logger = new Logger('IntakeProxy');

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  use(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): void {
    // originalUrl: however the middleware is mounted, the path after /api is the intake path.
    const path = (req.originalUrl ?? req.url ?? '').replace(/^\/api(?=\/|$)/, '') || '/';
    const method = req.method ?? 'GET';
    if (!isPublicIntakeRoute(method, path)) return replyError(res, { statusCode: 404, code: 'not_found', message: 'no such API route' });
    proxyTo({ target: this.config.intakeUrl, name: 'intake', method, path, forwardHeaders: FORWARDED_REQUEST_HEADERS }, req, res, this.logger);
  }
}
