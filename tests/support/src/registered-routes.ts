import { appLog } from './app-processes';

export type HttpServiceName = 'intake' | 'assignment' | 'consultation' | 'supervision' | 'notifications';
export const HTTP_SERVICES: HttpServiceName[] = ['intake', 'assignment', 'consultation', 'supervision', 'notifications'];

export interface RegisteredRoute {
  service: HttpServiceName;
  method: string;
  /** As registered, with its parameters: `/problems/:id/history`. */
  path: string;
}

/** Nest's RouterExplorer logs each route it maps at start-up: `Mapped {/problems/:id, GET} route`. */
const MAPPED = /^Mapped \{(\/[^,]*), ([A-Z]+)\} route$/;

/**
 * Every route the running service registered — read from its own start-up log (the latest
 * start), not from a hand-kept list or the OpenAPI document, so a route left out of the docs is
 * still found. Throws when the log holds none, e.g. when LOG_LEVEL hides info lines.
 */
export function registeredRoutes(service: HttpServiceName): RegisteredRoute[] {
  const lines = appLog(service).split('\n');
  const start = lines.findLastIndex((line) => line.includes('Starting Nest application'));
  const routes = new Map<string, RegisteredRoute>();
  for (const line of lines.slice(Math.max(start, 0))) {
    if (!line.includes('RouterExplorer')) continue;
    const match = MAPPED.exec(messageOf(line));
    if (match) routes.set(`${match[2]} ${match[1]}`, { service, method: match[2], path: match[1] });
  }
  if (start < 0 || routes.size === 0) {
    throw new Error(`no routes found in the ${service} log: the e2e run needs LOG_LEVEL=info (or lower) to read the routes the services registered`);
  }
  return [...routes.values()];
}

function messageOf(line: string): string {
  try {
    return String((JSON.parse(line) as { msg?: unknown }).msg ?? '');
  } catch {
    return '';
  }
}
