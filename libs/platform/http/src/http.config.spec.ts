import { loadConfig } from '@shangliang/config';
import { httpConfigFrom, httpEnv } from './http.config';

describe('HTTP configuration', () => {
  it('allows no CORS origin and serves docs by default', () => {
    expect(httpConfigFrom(loadConfig(httpEnv, {}))).toEqual({ corsOrigins: [], bodyLimit: '100kb', maxFields: 100, apiDocs: true, processes: 1 });
  });

  it('reads how many processes serve the port', () => {
    expect(httpConfigFrom(loadConfig(httpEnv, { SERVICE_PROCESSES: '2' })).processes).toBe(2);
    expect(() => loadConfig(httpEnv, { SERVICE_PROCESSES: '0' })).toThrow(/SERVICE_PROCESSES/);
  });

  it('turns the docs off in production and reads the allowed origins', () => {
    const config = httpConfigFrom(loadConfig(httpEnv, { NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, http://b.example:8080' }));
    expect(config).toMatchObject({ apiDocs: false, corsOrigins: ['https://a.example', 'http://b.example:8080'] });
  });

  it('refuses an origin with a path, naming the variable', () => {
    expect(() => loadConfig(httpEnv, { CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS/);
  });
});
