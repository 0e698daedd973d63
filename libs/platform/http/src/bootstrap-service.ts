import 'reflect-metadata';
import { type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { QueueName } from '@shangliang/contracts';
import type { NestMicroservice } from '@nestjs/microservices';
import { BullMqTransport, createRedisConnection, MessageReceipts, RethrowRpcExceptionFilter } from '@shangliang/messaging';
import type { RedisConfig } from '@shangliang/config';
import { ApiExceptionFilter } from './api-exception.filter';

export interface ServiceBootstrapOptions {
  name: string;
  title: string;
  description: string;
  port: number;
  host?: string;
  /** The BullMQ queue this service consumes with its @EventPattern handlers. */
  inbox?: { queue: QueueName; redis: RedisConfig; concurrency?: number };
}

/**
 * Starts one HTTP service: structured logging, one error shape, OpenAPI docs at /docs (JSON at
 * /docs-json), its queue consumer as a Nest microservice, graceful shutdown on SIGTERM.
 */
export async function bootstrapService(module: Type<unknown>, options: ServiceBootstrapOptions): Promise<INestApplication> {
  // rawBody: signed requests (hotline work orders) are verified over the exact bytes received.
  const app = await NestFactory.create(module, { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  app.enableCors();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('docs', app, cleanupOpenApiDoc(document));

  if (options.inbox) {
    const transport = new BullMqTransport({
      queue: options.inbox.queue,
      connection: createRedisConnection(options.inbox.redis, `${options.name}-inbox`),
      prefix: options.inbox.redis.prefix,
      concurrency: options.inbox.concurrency,
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
  return app;
}

/** The message ledger's receipts, when the service has an outbox (and so a database). */
function receiptsOf(app: INestApplication): MessageReceipts | null {
  try {
    return app.get(MessageReceipts, { strict: false });
  } catch {
    return null;
  }
}
