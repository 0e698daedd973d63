import { stopAll } from '@shangliang/testing';

export default async function globalTeardown(): Promise<void> {
  await stopAll();
}
