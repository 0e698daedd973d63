import { clientAddress } from './client-address';

describe('the client address used for rate limits', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4', 0)).toBe('203.0.113.7');
  });

  it('reads an IPv4 client behind an IPv6 socket as plain IPv4', () => {
    expect(clientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1');
  });

  it('takes the entry appended by the trusted proxy, not the ones a client can forge in front of it', () => {
    expect(clientAddress('10.0.0.2', 'forged-by-client, 198.51.100.4', 1)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', ['forged', '198.51.100.4', '10.0.0.3'], 2)).toBe('198.51.100.4');
  });

  it('falls back to the socket address when there are fewer hops than trusted proxies', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.4', 3)).toBe('10.0.0.2');
  });
});
