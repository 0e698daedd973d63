import { stopAll } from '../support/src';

export default async function globalTeardown(): Promise<void> {
  await stopAll();
}
