import type { Params } from 'nestjs-pino';

/**
 * Structured logs. Request bodies are never logged; headers that could carry credentials or a
 * resident's details are redacted. Services log ids (problem, reference), never contact data.
 */
export function loggerParams(level: string, service: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'req.headers["x-signature"]'],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, url: redactQuery(req.url) }),
        // The status is what an operator reads; serialising every response header on every
        // request cost a measurable share of intake's CPU under load (see README, Benchmark).
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}

/** Query strings may carry phone numbers (e.g. an Open311 `phone=`); keep only parameter names. */
function redactQuery(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = url
    .slice(q + 1)
    .split('&')
    .map((pair) => pair.split('=')[0])
    .join('&');
  return `${url.slice(0, q)}?${names}`;
}
