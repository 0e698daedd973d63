import { clientAddress, parseProxyEntry, trustedProxies } from './client-address';

const webProxy = { hops: 1, isProxy: trustedProxies(['127.0.0.1', '::1']) };

describe('the client address used for rate limits', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4', { hops: 0, isProxy: trustedProxies([]) })).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', '1.2.3.4', { hops: 1, isProxy: trustedProxies([]) })).toBe('127.0.0.1');
  });

  it('ignores X-Forwarded-For from a client that connects directly, even with proxy hops configured', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.99', webProxy)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', ['198.51.100.99'], webProxy)).toBe('203.0.113.7');
  });

  it('believes the entry our proxy appended when the request comes from that proxy', () => {
    expect(clientAddress('127.0.0.1', 'forged-by-client, 198.51.100.4', webProxy)).toBe('198.51.100.4');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.4', webProxy)).toBe('198.51.100.4');
    expect(clientAddress('::1', '198.51.100.4', webProxy)).toBe('198.51.100.4');
  });

  it('reads an IPv4 client behind an IPv6 socket as plain IPv4', () => {
    expect(clientAddress('::ffff:127.0.0.1', undefined, webProxy)).toBe('127.0.0.1');
  });

  it('walks through a chain of trusted proxies, stopping at the first address that is not one of them', () => {
    const chain = { hops: 2, isProxy: trustedProxies(['10.0.0.0/24']) };
    expect(clientAddress('10.0.0.2', ['forged', '198.51.100.4', '10.0.0.3'], chain)).toBe('198.51.100.4');
    // The inner hop is not ours: whatever it wrote to its left is not believed.
    expect(clientAddress('10.0.0.2', 'forged, 192.0.2.50', chain)).toBe('192.0.2.50');
  });

  it('never steps further left than the configured number of hops', () => {
    const chain = { hops: 1, isProxy: trustedProxies(['10.0.0.0/24']) };
    expect(clientAddress('10.0.0.2', '198.51.100.4, 10.0.0.3', chain)).toBe('10.0.0.3');
  });

  it('falls back to the last trusted address when the header has fewer entries than hops', () => {
    expect(clientAddress('127.0.0.1', undefined, webProxy)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.2', '10.0.0.3', { hops: 3, isProxy: trustedProxies(['10.0.0.0/8']) })).toBe('10.0.0.3');
  });
});

describe('trusted proxy addresses', () => {
  it('match single IPs and CIDR ranges of both families', () => {
    const isProxy = trustedProxies(['127.0.0.1', '10.1.0.0/16', 'fd00::/8']);
    expect(['127.0.0.1', '::ffff:127.0.0.1', '10.1.200.3', 'fd12::1'].map(isProxy)).toEqual([true, true, true, true]);
    expect(['127.0.0.2', '10.2.0.1', 'fe80::1', 'unknown', ''].map(isProxy)).toEqual([false, false, false, false, false]);
  });

  it('refuse entries that are neither an IP nor a CIDR range', () => {
    expect(['localhost', '10.0.0.0/33', '::1/129', '10.0.0.0/8/8', '10.0.0.0/x', ''].map(parseProxyEntry)).toEqual([null, null, null, null, null, null]);
    expect(parseProxyEntry(' 10.0.0.0/8 ')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
  });
});
