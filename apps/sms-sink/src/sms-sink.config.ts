import { join } from 'node:path';
import { z } from 'zod';

/** The sink verifies requests with the same key the notifications service signs them with. */
export const smsSinkEnv = z.object({
  SMS_SINK_PORT: z.coerce.number().int().positive().default(3007),
  SMS_ACCESS_KEY_ID: z.string().min(1).default('dev-sms-key'),
  SMS_ACCESS_KEY_SECRET: z.string().min(8),
  /** Where received texts and webhooks are kept (a JSON-lines file each), so a restart keeps them. */
  VAR_DIR: z.string().min(1).default('var/dev'),
});

export function smsSinkConfigFrom(env: z.infer<typeof smsSinkEnv>) {
  return {
    port: env.SMS_SINK_PORT,
    accessKeyId: env.SMS_ACCESS_KEY_ID,
    accessKeySecret: env.SMS_ACCESS_KEY_SECRET,
    storeDir: join(env.VAR_DIR, 'sms-sink'),
  };
}
export type SmsSinkConfig = ReturnType<typeof smsSinkConfigFrom>;
