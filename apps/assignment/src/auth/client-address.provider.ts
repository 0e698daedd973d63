import type { Provider } from '@nestjs/common';
import { clientAddressResolver } from '@shangliang/http';

export const CLIENT_ADDRESS = Symbol('CLIENT_ADDRESS');
export type ClientAddressOf = ReturnType<typeof clientAddressResolver>;

/**
 * The signing-in client's own address, behind the web server's proxy (and any others
 * configured): without it every member of staff using the console would share the proxy's
 * address, and one attacker could lock them all out.
 */
export function clientAddressProvider(trust: { hops: number; proxies: readonly string[] }): Provider {
  return { provide: CLIENT_ADDRESS, useValue: clientAddressResolver(trust) };
}
