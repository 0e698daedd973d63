import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { WEB_CONFIG, type WebConfig } from './web.config';

/** Only this origin's scripts, styles and API; photos previewed from blob: URLs before upload. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' blob: data:",
  "style-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Paths the server answers itself; every other page path is the single-page client. */
const SERVER_PATHS = /^\/(api|health)(\/|$)/;

/**
 * Serves the Vite build: hashed assets cached for good, index.html for every page path (the
 * client routes /, /track/<code>, /studios itself) and never cached, so a deploy shows at once.
 */
@Injectable()
export class ClientAssetsMiddleware implements NestMiddleware {
  private readonly assets: express.RequestHandler;
  private readonly indexFile: string;

  constructor(@Inject(WEB_CONFIG) config: WebConfig) {
    this.indexFile = assertClientBuilt(config.clientDir);
    this.assets = express.static(config.clientDir, { index: false, setHeaders: cacheHeaders });
  }

  use(req: Request, res: Response, next: NextFunction): void {
    if (SERVER_PATHS.test(req.originalUrl)) return next();
    securityHeaders(res);
    this.assets(req, res, () => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html') || /\.[a-z0-9]+$/i.test(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(this.indexFile, (error) => error && next(error));
    });
  }
}

/** The client's index.html; a server without its client stops at boot, saying how to build it. */
export function assertClientBuilt(clientDir: string): string {
  const indexFile = join(clientDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The web client is not built: ${indexFile} is missing. Build it with apps/web/build-client.sh (same DIST_DIR).`);
  }
  return indexFile;
}

function cacheHeaders(res: ServerResponse, path: string): void {
  res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Tracking codes are in page paths; they must not travel to other sites in a Referer.
  res.setHeader('Referrer-Policy', 'no-referrer');
}
