import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Saves a workflow's event history as `temporal workflow show -o json` writes it, under
 * var/<env>/histories, to be promoted to workflows/problem-lifecycle/histories for replay tests.
 */
export function saveHistory(workflowId: string, name: string): void {
  const dir = join(testEnvironment.varDir, 'histories');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), temporalCli('workflow', 'show', '--workflow-id', workflowId));
}
