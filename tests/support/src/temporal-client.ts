import { execFileSync } from 'node:child_process';
import { Client, Connection } from '@temporalio/client';
import { testEnvironment } from './test-environment';

export async function connectTestTemporal(): Promise<Client> {
  const connection = await Connection.connect({ address: testEnvironment.temporalAddress });
  return new Client({ connection, namespace: testEnvironment.temporalNamespace });
}

/** Runs the real Temporal CLI against the test server and returns its JSON output. */
export function temporalCli(...args: string[]): string {
  return execFileSync(testEnvironment.temporalBin, [...args, '--address', testEnvironment.temporalAddress, '--namespace', testEnvironment.temporalNamespace, '-o', 'json'], {
    encoding: 'utf8',
  });
}
