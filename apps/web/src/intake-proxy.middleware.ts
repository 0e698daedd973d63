import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream';
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { ApiErrorBody } from '@shangliang/contracts';
import { isPublicIntakeRoute } from './intake-route-policy';
import { WEB_CONFIG, type WebConfig } from './web.config';

/** The request headers intake needs; cookies and credentials never leave this origin. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'content-length', 'accept', 'accept-language', 'idempotency-key', 'user-agent', 'if-none-match'];
/** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection, not the response. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
const UPSTREAM_TIMEOUT_MS = 30_000;

/**
 * `/api/*` → intake, streamed both ways (a photo upload is never buffered here), so the page
 * talks to one origin and needs no CORS.
 */
@Injectable()
export class IntakeProxyMiddleware implements NestMiddleware {
  private readonly logger = new Logger('IntakeProxy');

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  use(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): void {
    // originalUrl: however the middleware is mounted, the path after /api is the intake path.
    const path = (req.originalUrl ?? req.url ?? '').replace(/^\/api(?=\/|$)/, '') || '/';
    const method = req.method ?? 'GET';
    if (!isPublicIntakeRoute(method, path)) return reply(res, { statusCode: 404, code: 'not_found', message: 'no such API route' });

    const target = this.config.intakeUrl;
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(target, { method, path, headers: forwardedHeaders(req, target.host), timeout: UPSTREAM_TIMEOUT_MS });
    upstream.on('timeout', () => upstream.destroy(new Error('intake timed out')));
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, responseHeaders(answer.headers));
      pipeline(answer, res, () => undefined);
    });
    pipeline(req, upstream, (error) => {
      if (!error) return;
      this.logger.warn(`proxying ${method} ${path.split('?')[0]} to intake failed: ${error.message}`);
      // The shared error shape has no "unavailable" code; 5xx bodies use `conflict` as elsewhere.
      if (!res.headersSent) reply(res, { statusCode: 502, code: 'conflict', message: 'The service is unavailable; please try again shortly' });
      else res.destroy();
    });
  }
}

function forwardedHeaders(req: IncomingMessage, host: string): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = { host };
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = req.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const client = req.socket.remoteAddress;
  const prior = req.headers['x-forwarded-for'];
  if (client) headers['x-forwarded-for'] = prior ? `${String(prior)}, ${client}` : client;
  return headers;
}

function responseHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name) && !name.startsWith('access-control-')));
}

function reply(res: ServerResponse, body: ApiErrorBody): void {
  res.statusCode = body.statusCode;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
