import { z } from 'zod';
import { authEnv, logEnv, messageLedgerConfigFrom, messagingEnv, redisConfigFrom, redisEnv } from '@shangliang/config';
import { httpConfigFrom, httpEnv, trustedProxyEnv } from '@shangliang/http';
import { databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';

export const assignmentEnv = databaseConfigSchema
  .extend(redisEnv.shape)
  .extend(messagingEnv.shape)
  .extend(authEnv.shape)
  .extend(logEnv.shape)
  .extend(trustedProxyEnv.shape)
  .extend(httpEnv.shape)
  .extend({ ASSIGNMENT_PORT: z.coerce.number().int().positive().default(3002) });

export function assignmentConfigFrom(env: z.infer<typeof assignmentEnv>) {
  return {
    port: env.ASSIGNMENT_PORT,
    database: databaseConfigFrom(env),
    redis: redisConfigFrom(env),
    messageLedger: messageLedgerConfigFrom(env),
    auth: { secret: env.AUTH_TOKEN_SECRET, ttl: env.AUTH_TOKEN_TTL },
    trustedProxies: { hops: env.RATE_LIMIT_TRUSTED_PROXY_HOPS, proxies: env.RATE_LIMIT_TRUSTED_PROXIES },
    logLevel: env.LOG_LEVEL,
    http: httpConfigFrom(env),
  };
}
