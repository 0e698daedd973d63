import { readFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { TemporalConfig } from '@shangliang/config';

function tlsOptions(config: TemporalConfig) {
  if (!config.tls) return undefined;
  if (config.tlsCertPath && config.tlsKeyPath) {
    return { clientCertPair: { crt: readFileSync(config.tlsCertPath), key: readFileSync(config.tlsKeyPath) } };
  }
  return true as const;
}

/** A Temporal client for any server: the address, namespace and TLS come from configuration. */
export async function connectTemporalClient(config: TemporalConfig): Promise<Client> {
  const connection = await Connection.connect({ address: config.address, tls: tlsOptions(config) });
  return new Client({ connection, namespace: config.namespace });
}

export function connectTemporalWorker(config: TemporalConfig): Promise<NativeConnection> {
  return NativeConnection.connect({ address: config.address, tls: tlsOptions(config) });
}
