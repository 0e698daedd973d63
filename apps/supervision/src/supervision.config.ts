import { z } from 'zod';
import { authEnv, booleanFlag, logEnv, messageLedgerConfigFrom, messagingEnv, redisConfigFrom, redisEnv } from '@shangliang/config';
import { httpConfigFrom, httpEnv } from '@shangliang/http';
import { databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';

export const supervisionEnv = databaseConfigSchema
  .extend(redisEnv.shape)
  .extend(messagingEnv.shape)
  .extend(authEnv.shape)
  .extend(logEnv.shape)
  .extend(httpEnv.shape)
  .extend({
    SUPERVISION_PORT: z.coerce.number().int().positive().default(3004),
    /** Off only to simulate a crash between the decision and the event reaching the workflow. */
    OUTBOX_RELAY: booleanFlag.default(true),
    /** Call-backs that reach nobody before a follow-up ends as "not reached" (未联系上). */
    FOLLOW_UP_CALL_BACK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  });

export function supervisionConfigFrom(env: z.infer<typeof supervisionEnv>) {
  return {
    port: env.SUPERVISION_PORT,
    database: databaseConfigFrom(env),
    redis: redisConfigFrom(env),
    messageLedger: messageLedgerConfigFrom(env),
    auth: { secret: env.AUTH_TOKEN_SECRET, ttl: env.AUTH_TOKEN_TTL },
    logLevel: env.LOG_LEVEL,
    http: httpConfigFrom(env),
    outboxRelay: env.OUTBOX_RELAY,
    followUp: { callBackAttempts: env.FOLLOW_UP_CALL_BACK_ATTEMPTS },
  };
}
export type SupervisionConfig = ReturnType<typeof supervisionConfigFrom>;
