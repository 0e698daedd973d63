import { z } from 'zod';
import { booleanFlag } from './load-config';

/** Redis (BullMQ queues, rate limits). Any Redis by address; TLS by flag. */
export const redisEnv = z.object({
  REDIS_HOST: z.string().min(1).default('127.0.0.1'),
  REDIS_PORT: z.coerce.number().int().positive().default(6379),
  REDIS_PASSWORD: z.string().optional(),
  REDIS_DB: z.coerce.number().int().min(0).default(0),
  REDIS_TLS: booleanFlag.default(false),
  /** Key prefix of every BullMQ queue, so several environments can share one Redis. */
  QUEUE_PREFIX: z.string().min(1).default('shangliang'),
});
export type RedisEnv = z.infer<typeof redisEnv>;

export interface RedisConfig {
  host: string;
  port: number;
  password?: string;
  db: number;
  tls: boolean;
  prefix: string;
}

export function redisConfigFrom(env: RedisEnv): RedisConfig {
  return { host: env.REDIS_HOST, port: env.REDIS_PORT, password: env.REDIS_PASSWORD, db: env.REDIS_DB, tls: env.REDIS_TLS, prefix: env.QUEUE_PREFIX };
}

/** Temporal: a dev server or a cluster, chosen by address, namespace and TLS only. */
export const temporalEnv = z.object({
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TLS: booleanFlag.default(false),
  TEMPORAL_TLS_CERT_PATH: z.string().optional(),
  TEMPORAL_TLS_KEY_PATH: z.string().optional(),
  /** Base URL of the Temporal Web UI, for links from problems to their workflow. */
  TEMPORAL_UI_URL: z.url().default('http://127.0.0.1:8233'),
});
export type TemporalEnv = z.infer<typeof temporalEnv>;

export interface TemporalConfig {
  address: string;
  namespace: string;
  tls: boolean;
  tlsCertPath?: string;
  tlsKeyPath?: string;
  uiUrl: string;
}

export function temporalConfigFrom(env: TemporalEnv): TemporalConfig {
  return {
    address: env.TEMPORAL_ADDRESS,
    namespace: env.TEMPORAL_NAMESPACE,
    tls: env.TEMPORAL_TLS,
    tlsCertPath: env.TEMPORAL_TLS_CERT_PATH,
    tlsKeyPath: env.TEMPORAL_TLS_KEY_PATH,
    uiUrl: env.TEMPORAL_UI_URL.replace(/\/$/, ''),
  };
}

/** The Temporal Web UI page of one workflow. */
export function workflowUiUrl(config: Pick<TemporalConfig, 'uiUrl' | 'namespace'>, workflowId: string): string {
  return `${config.uiUrl}/namespaces/${encodeURIComponent(config.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

/** Staff tokens are signed with one secret shared by the services that verify them. */
export const authEnv = z.object({
  AUTH_TOKEN_SECRET: z.string().min(16),
  AUTH_TOKEN_TTL: z.string().default('12h'),
});

/** Secret for keyed digests of personal data (phone numbers), so equal numbers match. */
export const piiEnv = z.object({
  PII_DIGEST_SECRET: z.string().min(16),
});

export const logEnv = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
