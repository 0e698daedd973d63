import { join } from 'node:path';
import { z } from 'zod';
import { logEnv } from '@shangliang/config';

export const webEnv = logEnv.extend({
  WEB_PORT: z.coerce.number().int().positive().default(3000),
  INTAKE_PORT: z.coerce.number().int().positive().default(3001),
  /** The intake service the page talks to (through this server's /api). */
  INTAKE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The Vite build of apps/web/client; by default beside this compiled server. */
  WEB_CLIENT_DIR: z.string().min(1).optional(),
});

export function webConfigFrom(env: z.infer<typeof webEnv>, serverDir: string = __dirname) {
  return {
    port: env.WEB_PORT,
    intakeUrl: new URL(env.INTAKE_URL ?? `http://127.0.0.1:${env.INTAKE_PORT}`),
    // dist/apps/web/src/main.js serves dist/apps/web/client, whatever DIST_DIR is.
    clientDir: env.WEB_CLIENT_DIR ?? join(serverDir, '..', 'client'),
    logLevel: env.LOG_LEVEL,
  };
}
export type WebConfig = ReturnType<typeof webConfigFrom>;
export const WEB_CONFIG = Symbol('WEB_CONFIG');
