import { z } from 'zod';

/** `https://console.example.org` — scheme, host and port, nothing after. */
const origin = z.string().refine((value) => URL.canParse(value) && new URL(value).origin === value, 'must be an origin like https://example.org (no path)');

/**
 * How a service meets the outside: which browser origins may call it (CORS), how large a body
 * it reads, how many form fields, and whether its OpenAPI docs are served.
 */
export const httpEnv = z.object({
  /** `production` turns the OpenAPI docs (/docs, /docs-json) off. */
  NODE_ENV: z.string().default('development'),
  /**
   * Comma-separated origins whose pages may call the API from a browser. Empty (the default):
   * no CORS at all — the residents' page and the console reach the services through the web
   * server's same-origin proxy.
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(origin)),
  /** Largest JSON or form body read (bytes, or with kb/mb); a larger one is refused with 413. */
  HTTP_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)?$/i, 'must be a size like 100kb or 1mb').default('100kb'),
  /** Most form fields (or query parameters) one request may send; more are refused with 400. */
  HTTP_MAX_FIELDS: z.coerce.number().int().min(1).max(10_000).default(100),
  /**
   * Processes serving this service on its one port (Node's cluster module). 1 (the default) for
   * development; the production topology (`npm start -- --cluster`) runs 2.
   */
  SERVICE_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
});
export type HttpEnv = z.infer<typeof httpEnv>;

export interface HttpConfig {
  corsOrigins: string[];
  bodyLimit: string;
  maxFields: number;
  /** OpenAPI docs are served outside production only: they map every route for an attacker. */
  apiDocs: boolean;
  /** Processes sharing the service's port (see runInProcesses). */
  processes: number;
}

export function httpConfigFrom(env: HttpEnv): HttpConfig {
  return { corsOrigins: env.CORS_ORIGINS, bodyLimit: env.HTTP_BODY_LIMIT, maxFields: env.HTTP_MAX_FIELDS, apiDocs: env.NODE_ENV !== 'production', processes: env.SERVICE_PROCESSES };
}
