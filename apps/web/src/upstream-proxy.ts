import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream';
import type { Logger } from '@nestjs/common';
import type { ApiErrorBody } from '@shangliang/contracts';

/** The request headers every proxied route may carry; cookies and credentials never leave this origin. */
export const FORWARDED_REQUEST_HEADERS = ['content-type', 'content-length', 'accept', 'accept-language', 'idempotency-key', 'user-agent', 'if-none-match'] as const;
/** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection, not the response. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
const UPSTREAM_TIMEOUT_MS = 30_000;

export interface Upstream {
  /** The service's base URL and its name, for the log. */
  target: URL;
  name: string;
  /** Method and path (with query) on the service. */
  method: string;
  path: string;
  /** Request headers to pass on, beyond none. */
  forwardHeaders: readonly string[];
  /** Response headers to set over the service's own. */
  overrideResponseHeaders?: OutgoingHttpHeaders;
}

/** Streams the request to the service and its answer back, both ways untouched (a photo is never buffered). */
export function proxyTo(upstream: Upstream, req: IncomingMessage, res: ServerResponse, logger: Logger): void {
  const { target, method, path } = upstream;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const outgoing = send(target, { method, path, headers: forwardedHeaders(req, target.host, upstream.forwardHeaders), timeout: UPSTREAM_TIMEOUT_MS });
  outgoing.on('timeout', () => outgoing.destroy(new Error(`${upstream.name} timed out`)));
  outgoing.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, { ...responseHeaders(answer.headers), ...upstream.overrideResponseHeaders });
    pipeline(answer, res, () => undefined);
  });
  pipeline(req, outgoing, (error) => {
    if (!error) return;
    logger.warn(`proxying ${method} ${path.split('?')[0]} to ${upstream.name} failed: ${error.message}`);
    // The shared error shape has no "unavailable" code; 5xx bodies use `conflict` as elsewhere.
    if (!res.headersSent) replyError(res, { statusCode: 502, code: 'conflict', message: 'The service is unavailable; please try again shortly' });
    else res.destroy();
  });
}

export function replyError(res: ServerResponse, body: ApiErrorBody): void {
  res.statusCode = body.statusCode;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function forwardedHeaders(req: IncomingMessage, host: string, names: readonly string[]): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = { host };
  for (const name of names) {
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
