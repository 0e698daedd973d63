import type { Provider } from '@nestjs/common';
import { clientAddressResolver } from './client-address';

export const CLIENT_ADDRESS = Symbol('CLIENT_ADDRESS');
export type ClientAddressOf = ReturnType<typeof clientAddressResolver>;

/**
 * The client's own address, behind the web server's proxy (and any others configured), for
 * whatever counts or binds by caller: sign-in throttling, public rate limits, idempotency keys.
 * Without it everyone behind the proxy would share its address.
 */
export function clientAddressProvider(trust: { hops: number; proxies: readonly string[] }): Provider {
  return { provide: CLIENT_ADDRESS, useValue: clientAddressResolver(trust) };
}
