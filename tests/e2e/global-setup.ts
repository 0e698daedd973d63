import { startAllApps, stopAll } from '../support/src';

/**
 * Starts every service and the worker from dist/ (built by `npm test`) before the e2e suites —
 * two processes of each in the production topology (`npm test -- --cluster`).
 */
export default async function globalSetup(): Promise<void> {
  await stopAll();
  await startAllApps();
}
