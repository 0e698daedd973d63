import { join } from 'node:path';

/** What the test run exported (infra/env/test.env via `npm test`), with the same defaults. */
export const testEnvironment = {
  root: join(__dirname, '..', '..', '..'),
  get distDir(): string {
    return join(this.root, process.env.DIST_DIR ?? 'dist');
  },
  get varDir(): string {
    return join(this.root, process.env.VAR_DIR ?? 'var/test');
  },
  url(service: 'intake' | 'assignment' | 'consultation' | 'supervision' | 'notifications' | 'sms-sink' | 'web'): string {
    const defaults = { web: 4000, intake: 4001, assignment: 4002, consultation: 4003, supervision: 4004, notifications: 4005, 'sms-sink': 4007 };
    const port = process.env[`${service.toUpperCase().replace(/-/g, '_')}_PORT`] ?? String(defaults[service]);
    return `http://127.0.0.1:${port}`;
  },
  temporalAddress: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7243',
  temporalNamespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
  temporalBin: process.env.TEMPORAL_BIN ?? join(process.env.HOME ?? '/root', '.cache/shangliang/temporal-v1.5.1/temporal'),
  /** Mailpit's web UI and API (the test run's own, started by `npm test`). */
  mailpitUrl: process.env.MAILPIT_URL ?? `http://127.0.0.1:${process.env.MAILPIT_UI_PORT ?? '8125'}`,
  demoPassword: process.env.DEMO_PASSWORD ?? 'shangliang-demo',
};
