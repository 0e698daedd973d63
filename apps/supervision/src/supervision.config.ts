import { z } from 'zod';
import { authEnv, booleanFlag, logEnv, messageLedgerConfigFrom, messagingEnv, redisConfigFrom, redisEnv } from '@shangliang/config';
import { httpConfigFrom, httpEnv, internalApiEnv } from '@shangliang/http';
import { databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';

const httpUrl = z.url({ protocol: /^https?$/ });
const baseUrl = (url: string | undefined, port: number) => (url ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '');

export const supervisionEnv = databaseConfigSchema
  .extend(redisEnv.shape)
  .extend(messagingEnv.shape)
  .extend(authEnv.shape)
  .extend(logEnv.shape)
  .extend(httpEnv.shape)
  .extend(internalApiEnv.shape)
  .extend({
    SUPERVISION_PORT: z.coerce.number().int().positive().default(3004),
    /** Off only to simulate a crash between the decision and the event reaching the workflow. */
    OUTBOX_RELAY: booleanFlag.default(true),
    /** Call-backs that reach nobody before a follow-up ends as "not reached" (未联系上). */
    FOLLOW_UP_CALL_BACK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
    /** Where the figures' intake and consultation parts come from (signed internal calls). */
    INTAKE_PORT: z.coerce.number().int().positive().default(3001),
    INTAKE_URL: httpUrl.optional(),
    CONSULTATION_PORT: z.coerce.number().int().positive().default(3003),
    CONSULTATION_URL: httpUrl.optional(),
    FIGURES_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
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
    /** The services that own the figures' other rows, called with INTERNAL_API_SECRET. */
    figureSources: {
      intakeUrl: baseUrl(env.INTAKE_URL, env.INTAKE_PORT),
      consultationUrl: baseUrl(env.CONSULTATION_URL, env.CONSULTATION_PORT),
      secret: env.INTERNAL_API_SECRET,
      timeoutMs: env.FIGURES_REQUEST_TIMEOUT_MS,
    },
  };
}
export type SupervisionConfig = ReturnType<typeof supervisionConfigFrom>;
export const SUPERVISION_CONFIG = Symbol('SUPERVISION_CONFIG');
