import { join } from 'node:path';
import { z } from 'zod';
import { logEnv } from '@shangliang/config';
import { httpEnv } from '@shangliang/http';

/** The services whose staff APIs the console reaches through this server's /api/staff/<service>. */
export const STAFF_SERVICES = ['intake', 'assignment', 'consultation', 'supervision', 'notifications'] as const;
export type StaffService = (typeof STAFF_SERVICES)[number];

const httpUrl = z.url({ protocol: /^https?$/ }).optional();

export const webEnv = logEnv.extend(httpEnv.pick({ CORS_ORIGINS: true, SERVICE_PROCESSES: true }).shape).extend({
  WEB_PORT: z.coerce.number().int().positive().default(3000),
  INTAKE_PORT: z.coerce.number().int().positive().default(3001),
  ASSIGNMENT_PORT: z.coerce.number().int().positive().default(3002),
  CONSULTATION_PORT: z.coerce.number().int().positive().default(3003),
  SUPERVISION_PORT: z.coerce.number().int().positive().default(3004),
  NOTIFICATIONS_PORT: z.coerce.number().int().positive().default(3005),
  /** The intake service the page talks to (through this server's /api). */
  INTAKE_URL: httpUrl,
  /** The staff services the console talks to (through /api/staff/<service>); by default on 127.0.0.1 and their *_PORT. */
  ASSIGNMENT_URL: httpUrl,
  CONSULTATION_URL: httpUrl,
  SUPERVISION_URL: httpUrl,
  NOTIFICATIONS_URL: httpUrl,
  /** The Vite build of apps/web/client; by default beside this compiled server. */
  WEB_CLIENT_DIR: z.string().min(1).optional(),
});

export function webConfigFrom(env: z.infer<typeof webEnv>, serverDir: string = __dirname) {
  const local = (port: number) => new URL(`http://127.0.0.1:${port}`);
  const intakeUrl = env.INTAKE_URL ? new URL(env.INTAKE_URL) : local(env.INTAKE_PORT);
  return {
    port: env.WEB_PORT,
    intakeUrl,
    staffUrls: {
      intake: intakeUrl,
      assignment: env.ASSIGNMENT_URL ? new URL(env.ASSIGNMENT_URL) : local(env.ASSIGNMENT_PORT),
      consultation: env.CONSULTATION_URL ? new URL(env.CONSULTATION_URL) : local(env.CONSULTATION_PORT),
      supervision: env.SUPERVISION_URL ? new URL(env.SUPERVISION_URL) : local(env.SUPERVISION_PORT),
      notifications: env.NOTIFICATIONS_URL ? new URL(env.NOTIFICATIONS_URL) : local(env.NOTIFICATIONS_PORT),
    } satisfies Record<StaffService, URL>,
    // dist/apps/web/src/main.js serves dist/apps/web/client, whatever DIST_DIR is.
    clientDir: env.WEB_CLIENT_DIR ?? join(serverDir, '..', 'client'),
    logLevel: env.LOG_LEVEL,
    corsOrigins: env.CORS_ORIGINS,
    processes: env.SERVICE_PROCESSES,
  };
}
export type WebConfig = ReturnType<typeof webConfigFrom>;
export const WEB_CONFIG = Symbol('WEB_CONFIG');
