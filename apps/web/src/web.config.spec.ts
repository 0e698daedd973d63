import { loadConfig } from '@shangliang/config';
import { webConfigFrom, webEnv } from './web.config';

describe('web configuration', () => {
  it('talks to intake on INTAKE_PORT and serves the client built beside the server', () => {
    const config = webConfigFrom(loadConfig(webEnv, { INTAKE_PORT: '6001' }), '/srv/dist-h2/apps/web/src');
    expect(config.port).toBe(3000);
    expect(config.intakeUrl.href).toBe('http://127.0.0.1:6001/');
    expect(config.clientDir).toBe('/srv/dist-h2/apps/web/client');
  });

  it('talks to the staff services on their ports unless their URLs are given', () => {
    const config = webConfigFrom(loadConfig(webEnv, { INTAKE_PORT: '6001', ASSIGNMENT_PORT: '6002', CONSULTATION_URL: 'https://consultation.internal', SUPERVISION_PORT: '6004' }));
    expect(config.staffUrls.intake.href).toBe('http://127.0.0.1:6001/');
    expect(config.staffUrls.assignment.href).toBe('http://127.0.0.1:6002/');
    expect(config.staffUrls.consultation.href).toBe('https://consultation.internal/');
    expect(config.staffUrls.supervision.href).toBe('http://127.0.0.1:6004/');
  });

  it('prefers INTAKE_URL and WEB_CLIENT_DIR when given', () => {
    const config = webConfigFrom(loadConfig(webEnv, { WEB_PORT: '8080', INTAKE_URL: 'https://intake.internal:8443', WEB_CLIENT_DIR: '/opt/web' }));
    expect(config.port).toBe(8080);
    expect(config.intakeUrl.host).toBe('intake.internal:8443');
    expect(config.clientDir).toBe('/opt/web');
  });

  it('refuses an intake URL that is not http(s), naming the variable', () => {
    expect(() => loadConfig(webEnv, { INTAKE_URL: 'ftp://intake' })).toThrow(/INTAKE_URL/);
    expect(() => loadConfig(webEnv, { SUPERVISION_URL: 'not a url' })).toThrow(/SUPERVISION_URL/);
  });
});
