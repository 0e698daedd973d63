import { Redis } from 'ioredis';

/**
 * Forgets the public-intake rate-limit counters (`<QUEUE_PREFIX>:rate:*`). For suites that send
 * many public requests on purpose, so the suites after them start within their limits.
 */
export async function resetPublicRateLimits(): Promise<void> {
  const redis = new Redis({ host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379), lazyConnect: true });
  try {
    await redis.connect();
    const prefix = process.env.QUEUE_PREFIX ?? 'shangliang-test';
    for await (const keys of redis.scanStream({ match: `${prefix}:rate:*`, count: 1000 })) {
      if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
}
