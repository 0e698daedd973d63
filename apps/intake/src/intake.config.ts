import { z } from 'zod';
import { authEnv, booleanFlag, logEnv, messageLedgerConfigFrom, messagingEnv, piiEnv, redisConfigFrom, redisEnv, temporalConfigFrom, temporalEnv } from '@shangliang/config';
import { httpConfigFrom, httpEnv, internalApiEnv } from '@shangliang/http';
import { databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';
import { photoConfigFrom, photoEnv } from './photos/photo.config';
import { hotlineConfigFrom, hotlineEnv } from './hotline/hotline.config';
import { open311ConfigFrom, open311Env } from './open311/open311.config';
import { rateLimitConfigFrom, rateLimitEnv } from './rate-limits/rate-limits.config';

export const intakeEnv = databaseConfigSchema
  .extend(redisEnv.shape)
  .extend(messagingEnv.shape)
  .extend(temporalEnv.shape)
  .extend(authEnv.shape)
  .extend(piiEnv.shape)
  .extend(logEnv.shape)
  .extend(httpEnv.shape)
  .extend(internalApiEnv.shape)
  .extend(photoEnv.shape)
  .extend(hotlineEnv.shape)
  .extend(open311Env.shape)
  .extend(rateLimitEnv.shape)
  .extend({
    INTAKE_PORT: z.coerce.number().int().positive().default(3001),
    /** Off only to simulate a crash between the database write and the workflow start. */
    OUTBOX_RELAY: booleanFlag.default(true),
    /** PIPL: days a closed problem's residents' contacts are kept before they are anonymised. */
    RESIDENT_DATA_RETENTION_DAYS: z.coerce.number().min(0).default(365),
    RESIDENT_RETENTION_SWEEP_MS: z.coerce.number().int().min(1000).default(3_600_000),
  });

export function intakeConfigFrom(env: z.infer<typeof intakeEnv>) {
  return {
    port: env.INTAKE_PORT,
    database: databaseConfigFrom(env),
    redis: redisConfigFrom(env),
    messageLedger: messageLedgerConfigFrom(env),
    temporal: temporalConfigFrom(env),
    auth: { secret: env.AUTH_TOKEN_SECRET, ttl: env.AUTH_TOKEN_TTL },
    piiDigestSecret: env.PII_DIGEST_SECRET,
    internalApiSecret: env.INTERNAL_API_SECRET,
    logLevel: env.LOG_LEVEL,
    http: httpConfigFrom(env),
    outboxRelay: env.OUTBOX_RELAY,
    retention: { days: env.RESIDENT_DATA_RETENTION_DAYS, sweepIntervalMs: env.RESIDENT_RETENTION_SWEEP_MS },
    photos: photoConfigFrom(env),
    hotline: hotlineConfigFrom(env),
    open311: open311ConfigFrom(env),
    rateLimits: rateLimitConfigFrom(env),
  };
}
export type IntakeConfig = ReturnType<typeof intakeConfigFrom>;
export const INTAKE_CONFIG = Symbol('INTAKE_CONFIG');
