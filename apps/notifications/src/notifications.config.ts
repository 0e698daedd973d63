import { z } from 'zod';
import { authEnv, booleanFlag, logEnv, messageLedgerConfigFrom, messagingEnv, redisConfigFrom, redisEnv } from '@shangliang/config';
import { httpConfigFrom, httpEnv, internalApiEnv } from '@shangliang/http';
import { databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';
import { parseQuietHours } from './deliveries/quiet-hours';
import { smsTemplateCodesFrom } from './channels/sms/sms-template-codes';

const httpUrl = z.url({ protocol: /^https?$/ });

export const notificationsEnv = databaseConfigSchema
  .extend(redisEnv.shape)
  .extend(messagingEnv.shape)
  .extend(authEnv.shape)
  .extend(logEnv.shape)
  .extend(httpEnv.shape)
  .extend(internalApiEnv.shape)
  .extend({
    NOTIFICATIONS_PORT: z.coerce.number().int().positive().default(3005),
    /** Where people open the console: the links in e-mails and texts start with it. */
    PUBLIC_BASE_URL: httpUrl.default('http://127.0.0.1:3000'),
    INTAKE_PORT: z.coerce.number().int().positive().default(3001),
    /** Intake, which owns residents' contacts and answers who may be texted at which number. */
    INTAKE_URL: httpUrl.optional(),
    SMTP_HOST: z.string().min(1).default('127.0.0.1'),
    SMTP_PORT: z.coerce.number().int().positive().default(1025),
    SMTP_SECURE: booleanFlag.default(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z.string().min(3).default('商量 Shangliang <notifications@shangliang.local>'),
    /** The SMS gateway's endpoint (Aliyun-style RPC; the local SMS sink in development and tests). */
    SMS_GATEWAY_URL: httpUrl.default('http://127.0.0.1:3007/'),
    SMS_ACCESS_KEY_ID: z.string().min(1).default('dev-sms-key'),
    SMS_ACCESS_KEY_SECRET: z.string().min(8),
    SMS_SIGN_NAME: z.string().min(1).default('商量'),
    SMS_REGION_ID: z.string().min(1).default('cn-hangzhou'),
    /** JSON map of notification event → the template code registered with the gateway. */
    SMS_TEMPLATE_CODES: z.string().optional(),
    /** The local SMS sink (development and tests) whose messages admins may read; unset in production. */
    SMS_SINK_URL: httpUrl.optional(),
    /** Sends of one delivery before it is given up as failed, the first wait (doubling), and concurrency. */
    NOTIFY_DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(10),
    NOTIFY_DELIVERY_BACKOFF_MS: z.coerce.number().int().min(50).default(5_000),
    NOTIFY_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
    NOTIFY_SEND_TIMEOUT_MS: z.coerce.number().int().min(200).max(120_000).default(10_000),
    /** How long a sender holds a delivery; a crash mid-send frees it after this. */
    NOTIFY_CLAIM_LEASE_MS: z.coerce.number().int().min(1_000).default(120_000),
    /** Residents are not texted between these hours (Beijing time, `start-end`); their texts wait. */
    NOTIFY_QUIET_HOURS: z.string().regex(/^\d{1,2}-\d{1,2}$/, 'must be like 22-8').default('22-8'),
    /** Shifts this service's clock (tests only: a text "at night" without waiting for night). */
    NOTIFY_CLOCK_OFFSET_MS: z.coerce.number().int().default(0),
    /** Off only to simulate a crash between a decision and its event reaching the workflow. */
    OUTBOX_RELAY: booleanFlag.default(true),
  });
export type NotificationsEnv = z.infer<typeof notificationsEnv>;

export function notificationsConfigFrom(env: NotificationsEnv) {
  return {
    port: env.NOTIFICATIONS_PORT,
    database: databaseConfigFrom(env),
    redis: redisConfigFrom(env),
    messageLedger: messageLedgerConfigFrom(env),
    auth: { secret: env.AUTH_TOKEN_SECRET, ttl: env.AUTH_TOKEN_TTL },
    logLevel: env.LOG_LEVEL,
    http: httpConfigFrom(env),
    outboxRelay: env.OUTBOX_RELAY,
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    intake: { url: (env.INTAKE_URL ?? `http://127.0.0.1:${env.INTAKE_PORT}`).replace(/\/+$/, ''), secret: env.INTERNAL_API_SECRET },
    smtp: {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined,
      from: env.MAIL_FROM,
    },
    sms: {
      gatewayUrl: env.SMS_GATEWAY_URL,
      accessKeyId: env.SMS_ACCESS_KEY_ID,
      accessKeySecret: env.SMS_ACCESS_KEY_SECRET,
      signName: env.SMS_SIGN_NAME,
      regionId: env.SMS_REGION_ID,
      templateCodes: smsTemplateCodesFrom(env.SMS_TEMPLATE_CODES),
      sinkUrl: env.SMS_SINK_URL?.replace(/\/+$/, ''),
    },
    deliveries: {
      attempts: env.NOTIFY_DELIVERY_ATTEMPTS,
      backoffMs: env.NOTIFY_DELIVERY_BACKOFF_MS,
      concurrency: env.NOTIFY_DELIVERY_CONCURRENCY,
      sendTimeoutMs: env.NOTIFY_SEND_TIMEOUT_MS,
      claimLeaseMs: env.NOTIFY_CLAIM_LEASE_MS,
    },
    quietHours: parseQuietHours(env.NOTIFY_QUIET_HOURS),
    clockOffsetMs: env.NOTIFY_CLOCK_OFFSET_MS,
  };
}
export type NotificationsConfig = ReturnType<typeof notificationsConfigFrom>;
export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');
