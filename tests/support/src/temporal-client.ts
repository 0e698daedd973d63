import { Client, Connection } from '@temporalio/client';
import { testEnvironment } from './test-environment';

export async function connectTestTemporal(): Promise<Client> {
  const connection = await Connection.connect({ address: testEnvironment.temporalAddress });
  return new Client({ connection, namespace: testEnvironment.temporalNamespace });
}
