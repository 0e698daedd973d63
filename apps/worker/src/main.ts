import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { BullMqTransport, createRedisConnection, MessageReceipts, RethrowRpcExceptionFilter } from '@shangliang/messaging';
import { workerConfig, WorkerModule } from './worker.module';

/**
 * The worker process: runs problem workflows and their activities, and relays the services'
 * workflow events (starts and signals) from the `workflow-events` queue.
 */
async function bootstrap(): Promise<void> {
  const transport = new BullMqTransport({
    queue: 'workflow-events',
    connection: createRedisConnection(workerConfig.redis, 'worker-inbox'),
    prefix: workerConfig.redis.prefix,
    concurrency: 50,
  });
  const app = await NestFactory.createMicroservice(WorkerModule, { strategy: transport, bufferLogs: true });
  // An event counts as delivered once its workflow was started or signalled.
  transport.acknowledgeWith(app.get(MessageReceipts));
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new RethrowRpcExceptionFilter());
  app.enableShutdownHooks();
  await app.listen();
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`worker failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
