import 'reflect-metadata';
import { type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { QueueName } from '@shangliang/contracts';
import type { NestMicroservice } from '@nestjs/microservices';
import { BullMqTransport, createRedisConnection, MessageReceipts, RethrowRpcExceptionFilter } from '@shangliang/messaging';
import type { RedisConfig } from '@shangliang/config';
import { ApiExceptionFilter, type PathErrorFormat } from './api-exception.filter';
import { applyHttpExposure } from './http-exposure';
import type { HttpConfig } from './http.config';
import { RequestInputGuard } from './request-input.guard';
import { ownsShutdownSignals, runInProcesses } from './service-processes';

export interface ServiceAppOptions {
  title: string;
  description: string;
  http: HttpConfig;
  /** Path prefixes whose routes answer errors in another format (Open311). */
  errorFormats?: PathErrorFormat[];
}

export interface ServiceBootstrapOptions extends ServiceAppOptions {
  name: string;
  port: number;
  host?: string;
  /** The BullMQ queue this service consumes with its @EventPattern handlers. */
  inbox?: { queue: QueueName; redis: RedisConfig; concurrency?: number };
}

/**
 * One HTTP service's app, not yet listening: structured logging, one error shape, bounded body
 * parsing, unsafe input refused before any handler, security headers and CORS, OpenAPI docs at
 * /docs (JSON at /docs-json) outside production.
 */
export async function createServiceApp(module: Type<unknown>, options: ServiceAppOptions): Promise<NestExpressApplication> {
  const { http } = options;
  // rawBody: signed requests (hotline work orders) are verified over the exact bytes received.
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(ApiExceptionFilter.forApp(options.errorFormats));
  app.useGlobalGuards(new RequestInputGuard(http.maxFields));
  if (ownsShutdownSignals()) app.enableShutdownHooks();
  applyHttpExposure(app, http);
  // Registered before init, so Nest does not add its own parsers with their default limits.
  app.useBodyParser('json', { limit: http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: http.bodyLimit, extended: true, parameterLimit: http.maxFields });

  if (http.apiDocs) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').addBearerAuth().build(),
    );
    SwaggerModule.setup('docs', app, cleanupOpenApiDoc(document));
  }
  return app;
}

/**
 * Starts one HTTP service and its queue consumer as a Nest microservice; graceful shutdown on
 * SIGTERM. With `http.processes` > 1 this process becomes the primary of that many serving
 * processes on the one port (and resolves null).
 */
export async function bootstrapService(module: Type<unknown>, options: ServiceBootstrapOptions): Promise<INestApplication | null> {
  return runInProcesses(options.name, options.http.processes, () => startService(module, options));
}

/**
 * How many inbox messages a service handles at once: `INBOX_CONCURRENCY`, else half its
 * database pool (`PGPOOL_MAX`, default 10), so queued work never holds every connection while
 * residents' requests wait. With 16 handlers on a pool of 10, a backlog of progress commands
 * (each an interactive transaction) held intake's pool and submissions waited seconds for a
 * connection, some until they failed (measured with `npm run bench`).
 */
export function inboxConcurrency(env: Record<string, string | undefined>): number {
  const explicit = Number(env.INBOX_CONCURRENCY);
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  const pool = Number(env.PGPOOL_MAX);
  return Math.max(1, Math.floor((Number.isInteger(pool) && pool > 0 ? pool : 10) / 2));
}

async function startService(module: Type<unknown>, options: ServiceBootstrapOptions): Promise<INestApplication> {
  const app = await createServiceApp(module, options);
  if (options.inbox) {
    const transport = new BullMqTransport({
      queue: options.inbox.queue,
      connection: createRedisConnection(options.inbox.redis, `${options.name}-inbox`),
      prefix: options.inbox.redis.prefix,
      concurrency: options.inbox.concurrency ?? inboxConcurrency(process.env),
    });
    const receipts = receiptsOf(app);
    if (receipts) transport.acknowledgeWith(receipts);
    const microservice = app.connectMicroservice(
      { strategy: transport },
      // Deferred so the filter is in place before the listeners are registered.
      { inheritAppConfig: false, deferInitialization: true },
    );
    microservice.useGlobalFilters(new RethrowRpcExceptionFilter());
    // The application runs the lifecycle hooks of the shared modules; the microservice must not
    // run them a second time.
    (microservice as unknown as NestMicroservice).setIsInitHookCalled(true);
  }
  await app.init();
  await app.startAllMicroservices();
  await app.listen(options.port, options.host ?? '0.0.0.0');
  keepConnectionsOpenLongerThanClients(app);
  return app;
}

/**
 * Node closes an idle keep-alive connection after 5 s, the same moment a client (a proxy, fetch)
 * may reuse it: the request then dies with "other side closed". Holding connections longer than
 * the clients do (they close theirs after 4–60 s) leaves closing to them.
 */
export function keepConnectionsOpenLongerThanClients(app: INestApplication): void {
  const server = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

/** The message ledger's receipts, when the service has an outbox (and so a database). */
function receiptsOf(app: INestApplication): MessageReceipts | null {
  try {
    return app.get(MessageReceipts, { strict: false });
  } catch {
    return null;
  }
}
