import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ApiExceptionFilter, applyHttpExposure, ownsShutdownSignals } from '@shangliang/http';
import { assertClientBuilt } from './client-assets.middleware';
import type { WebConfig } from './web.config';
import { WebModule } from './web.module';

/**
 * The residents' web server. Not `bootstrapService`: it has no API docs and no queue, and it must
 * not parse request bodies, since the intake proxy streams them (photos) untouched.
 */
export async function createWebApp(config: WebConfig): Promise<INestApplication> {
  assertClientBuilt(config.clientDir);
  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ApiExceptionFilter());
  applyHttpExposure(app, config);
  if (ownsShutdownSignals()) app.enableShutdownHooks();
  return app;
}
