import { z } from 'zod';
import { authEnv, booleanFlag, deadlinePolicyEnv, logEnv, messageLedgerConfigFrom, messagingEnv, redisConfigFrom, redisEnv } from '@shangliang/config';
import { httpConfigFrom, httpEnv, internalApiEnv } from '@shangliang/http';
import { databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';
import { photoConfigFrom, photoEnv } from '@shangliang/photos';

export const consultationEnv = databaseConfigSchema
  .extend(redisEnv.shape)
  .extend(messagingEnv.shape)
  .extend(authEnv.shape)
  .extend(logEnv.shape)
  .extend(httpEnv.shape)
  .extend(deadlinePolicyEnv.shape)
  .extend(photoEnv.shape)
  .extend(internalApiEnv.shape)
  .extend({
    CONSULTATION_PORT: z.coerce.number().int().positive().default(3003),
    /** Off only to simulate a crash between the decision and the event reaching the workflow. */
    OUTBOX_RELAY: booleanFlag.default(true),
  });

export function consultationConfigFrom(env: z.infer<typeof consultationEnv>) {
  return {
    port: env.CONSULTATION_PORT,
    database: databaseConfigFrom(env),
    redis: redisConfigFrom(env),
    messageLedger: messageLedgerConfigFrom(env),
    auth: { secret: env.AUTH_TOKEN_SECRET, ttl: env.AUTH_TOKEN_TTL },
    logLevel: env.LOG_LEVEL,
    http: httpConfigFrom(env),
    outboxRelay: env.OUTBOX_RELAY,
    deadlines: { policyFile: env.DEADLINE_POLICY_FILE },
    /** Departments' evidence photos, kept where residents' photos are (local folder or S3). */
    photos: photoConfigFrom(env),
    /** Signs and checks calls between our services (the figures the supervision service composes). */
    internalApiSecret: env.INTERNAL_API_SECRET,
  };
}
export type ConsultationConfig = ReturnType<typeof consultationConfigFrom>;
export const CONSULTATION_CONFIG = Symbol('CONSULTATION_CONFIG');
