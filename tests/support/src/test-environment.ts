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
  url(service: 'intake' | 'assignment' | 'consultation' | 'supervision' | 'web'): string {
    const defaults = { web: 4000, intake: 4001, assignment: 4002, consultation: 4003, supervision: 4004 };
    const port = process.env[`${service.toUpperCase()}_PORT`] ?? String(defaults[service]);
    return `http://127.0.0.1:${port}`;
  },
  temporalAddress: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7243',
  temporalNamespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
  temporalBin: process.env.TEMPORAL_BIN ?? join(process.env.HOME ?? '/root', '.cache/shangliang/temporal-v1.5.1/temporal'),
  demoPassword: process.env.DEMO_PASSWORD ?? 'shangliang-demo',
};
