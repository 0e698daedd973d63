import { loadConfig } from '@shangliang/config';
import { rateLimitConfigFrom, rateLimitEnv } from './rate-limits.config';

const read = (env: NodeJS.ProcessEnv) => rateLimitConfigFrom(loadConfig(rateLimitEnv, env));

describe('the rate limit configuration', () => {
  it('trusts no proxy by default', () => {
    expect(read({})).toMatchObject({ trustedProxyHops: 0, trustedProxies: [] });
  });

  it('reads the trusted proxies as a list of IPs and CIDR ranges', () => {
    const config = read({ RATE_LIMIT_TRUSTED_PROXY_HOPS: '1', RATE_LIMIT_TRUSTED_PROXIES: '127.0.0.1, ::1,10.0.0.0/8' });
    expect(config).toMatchObject({ trustedProxyHops: 1, trustedProxies: ['127.0.0.1', '::1', '10.0.0.0/8'] });
  });

  it('stops the boot on an entry that is not an address, naming the variable', () => {
    expect(() => read({ RATE_LIMIT_TRUSTED_PROXIES: '127.0.0.1,proxy.internal' })).toThrow(/RATE_LIMIT_TRUSTED_PROXIES/);
  });

  it('stops the boot when hops are set without the proxies they come from', () => {
    expect(() => read({ RATE_LIMIT_TRUSTED_PROXY_HOPS: '1' })).toThrow(/RATE_LIMIT_TRUSTED_PROXIES/);
  });
});
