import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/** Which peer addresses are reverse proxies of ours, whose X-Forwarded-For entries we believe. */
export type TrustedProxies = (address: string) => boolean;

/**
 * The trusted proxies as a predicate over addresses, from a list of IPs and CIDR ranges
 * (`127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`). The entries are checked when the config is
 * read (`parseProxyEntry`), so a bad one never reaches here.
 */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const { address, prefix, family } = parseProxyEntry(entry) ?? invalid(entry);
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return (address) => {
    const plain = normaliseAddress(address);
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/** An IP or a CIDR range, or null when the entry is neither. */
export function parseProxyEntry(entry: string): { address: string; prefix?: number; family: 'ipv4' | 'ipv6' } | null {
  const [address, prefixText, ...rest] = entry.trim().split('/');
  const family = isIP(address ?? '');
  if (!address || family === 0 || rest.length) return null;
  const familyName = family === 4 ? 'ipv4' : 'ipv6';
  if (prefixText === undefined) return { address, family: familyName };
  const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) return null;
  return { address, prefix, family: familyName };
}

function invalid(entry: string): never {
  throw new Error(`not an IP address or CIDR range: ${entry}`);
}

/**
 * The client's address for rate limiting. X-Forwarded-For is written by whoever sent the
 * request, so an entry is believed only when the peer that handed it to us is one of our
 * proxies: starting from the socket, while the current address is a trusted proxy (and at most
 * `trustedHops` times) we step one entry to the left. A client that connects directly is
 * counted by its socket address whatever the header says.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: { hops: number; isProxy: TrustedProxies },
): string {
  const hops = forwardedHops(forwardedFor);
  let address = normaliseAddress(socketAddress ?? 'unknown');
  for (let step = 1; step <= trust.hops && trust.isProxy(address); step += 1) {
    const next = hops[hops.length - step];
    if (!next) break;
    address = normaliseAddress(next);
  }
  return address;
}

function forwardedHops(forwardedFor: string | string[] | undefined): string[] {
  if (!forwardedFor) return [];
  return (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
}

/** IPv4 clients seen through an IPv6 socket (::ffff:1.2.3.4) count as the IPv4 address. */
function normaliseAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

/**
 * Which reverse proxies of ours stand in front of a service (the web server's proxy, a load
 * balancer), for every limit that counts clients by address: public intake and staff sign-in.
 */
export const trustedProxyEnv = z.object({
  /** How many of our reverse proxies append to X-Forwarded-For in front of the service (0: use the socket address). */
  RATE_LIMIT_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /**
   * The addresses (IPs or CIDR ranges, comma-separated) those proxies connect from. Only a
   * request whose peer is one of them has its X-Forwarded-For believed; empty trusts nobody.
   */
  RATE_LIMIT_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((e) => e.trim()).filter(Boolean))
    .refine((entries) => entries.every((e) => parseProxyEntry(e) !== null), {
      message: 'must be a comma-separated list of IP addresses or CIDR ranges',
    }),
});

/** A request's client address, behind the given trusted proxies. */
export function clientAddressResolver(trust: { hops: number; proxies: readonly string[] }): (request: { socket?: { remoteAddress?: string }; headers: IncomingHttpHeaders }) => string {
  const isProxy = trustedProxies(trust.proxies);
  return (request) => clientAddress(request.socket?.remoteAddress, request.headers['x-forwarded-for'], { hops: trust.hops, isProxy });
}
