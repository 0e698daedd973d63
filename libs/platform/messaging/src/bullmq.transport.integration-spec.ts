import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { patternsOf } from '@shangliang/contracts';
import { BullMqTransport } from './bullmq.transport';

const redisOptions = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6391), maxRetriesPerRequest: null };

/** A transport on the hotline-callbacks queue with a do-nothing handler for every pattern. */
function transportOn(connection: Redis, prefix: string): BullMqTransport {
  const transport = new BullMqTransport({ queue: 'hotline-callbacks', connection, prefix, concurrency: 1 });
  for (const pattern of patternsOf('hotline-callbacks')) transport.addHandler(pattern, async () => undefined, true);
  return transport;
}

describe('the BullMQ transport', () => {
  const prefix = `transport-test-${randomUUID().slice(0, 8)}`;

  afterAll(async () => {
    const redis = new Redis(redisOptions);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('quits the inbox connection it was given once its worker has closed', async () => {
    const connection = new Redis(redisOptions);
    const transport = transportOn(connection, prefix);
    await new Promise<void>((resolve, reject) => transport.listen((error) => (error ? reject(error) : resolve())));
    await transport.unwrap<import('bullmq').Worker>().waitUntilReady();

    await transport.close();

    expect(connection.status).toBe('end');
    expect(transport.unwrap()).toBeNull();
  });

  it('closes cleanly twice, and when it never listened', async () => {
    const connection = new Redis(redisOptions);
    const transport = transportOn(connection, prefix);
    await transport.close();
    await transport.close();
    expect(connection.status).toBe('end');
  });
});
