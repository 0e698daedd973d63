import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { HttpConfig } from './http.config';

/**
 * What every express app of ours shows the outside: helmet's security headers, no
 * `X-Powered-By`, and CORS for the configured origins only (none by default — the web server's
 * same-origin proxy is how browsers reach the services).
 */
export function applyHttpExposure(app: NestExpressApplication, config: Pick<HttpConfig, 'corsOrigins'>): void {
  app.disable('x-powered-by');
  app.use(helmet());
  if (config.corsOrigins.length > 0) {
    // Staff send bearer tokens, never cookies: no credentialed CORS.
    app.enableCors({ origin: config.corsOrigins, credentials: false, maxAge: 600 });
  }
}
