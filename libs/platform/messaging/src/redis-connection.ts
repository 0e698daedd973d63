import { Redis } from 'ioredis';
import type { RedisConfig } from '@shangliang/config';

/**
 * One ioredis connection. BullMQ workers block on Redis, so they need
 * `maxRetriesPerRequest: null`; producers get the same settings for simplicity.
 */
export function createRedisConnection(config: RedisConfig, name: string): Redis {
  return new Redis({
    host: config.host,
    port: config.port,
    password: config.password,
    db: config.db,
    tls: config.tls ? {} : undefined,
    connectionName: name,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
  });
}
