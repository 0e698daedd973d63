/**
 * The client's address for rate limiting. Behind reverse proxies, X-Forwarded-For lists the
 * hops; only the entries the trusted proxies appended can be believed (a client can write any
 * value in front of them), so we take the one `trustedHops` from the right.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const socket = normaliseAddress(socketAddress ?? 'unknown');
  if (trustedHops === 0 || !forwardedFor) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const candidate = hops[hops.length - trustedHops];
  return candidate ? normaliseAddress(candidate) : socket;
}

/** IPv4 clients seen through an IPv6 socket (::ffff:1.2.3.4) count as the IPv4 address. */
function normaliseAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}
