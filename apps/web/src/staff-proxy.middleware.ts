import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { staffRouteOf } from './staff-route-policy';
import { FORWARDED_REQUEST_HEADERS, proxyTo, replyError } from './upstream-proxy';
import { WEB_CONFIG, type WebConfig } from './web.config';

/** Staff routes carry the console's bearer token (from sessionStorage), and only that: never cookies. */
const STAFF_REQUEST_HEADERS = [...FORWARDED_REQUEST_HEADERS, 'authorization'];

/**
 * `/api/staff/<service>/*` → the staff API of intake, assignment, consultation or supervision,
 * for the staff console on this origin. Answers are never cached: they may carry a resident's
 * unmasked number (回访).
 */
@Injectable()
export class StaffProxyMiddleware implements NestMiddleware {
  private readonly logger = new Logger('StaffProxy');

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  use(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): void {
    const path = (req.originalUrl ?? req.url ?? '').replace(/^\/api(?=\/|$)/, '');
    const method = req.method ?? 'GET';
    const route = staffRouteOf(method, path);
    if (!route) return replyError(res, { statusCode: 404, code: 'not_found', message: 'no such API route' });
    proxyTo(
      {
        target: this.config.staffUrls[route.service],
        name: route.service,
        method,
        path: route.path,
        forwardHeaders: STAFF_REQUEST_HEADERS,
        overrideResponseHeaders: { 'cache-control': 'no-store' },
      },
      req,
      res,
      this.logger,
    );
  }
}
