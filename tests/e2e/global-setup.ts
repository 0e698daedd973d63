import { ALL_APPS, startApp, stopAll } from '../support/src';

/** Starts every service and the worker from dist/ (built by `npm test`) before the e2e suites. */
export default async function globalSetup(): Promise<void> {
  await stopAll();
  await Promise.all(ALL_APPS.map((app) => startApp(app)));
}
