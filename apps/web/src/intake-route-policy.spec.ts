import { isPublicIntakeRoute } from './intake-route-policy';

describe('which intake routes the public site reaches', () => {
  it('lets through the public API and raising a problem', () => {
    expect(isPublicIntakeRoute('GET', '/public/problems/AB12CD34')).toBe(true);
    expect(isPublicIntakeRoute('POST', '/public/problems/similar')).toBe(true);
    expect(isPublicIntakeRoute('POST', '/public/problems/AB12CD34/photos')).toBe(true);
    expect(isPublicIntakeRoute('POST', '/problems')).toBe(true);
  });

  it('keeps staff routes out, whatever the method', () => {
    expect(isPublicIntakeRoute('GET', '/problems')).toBe(false);
    expect(isPublicIntakeRoute('GET', '/problems/0b6c4a36-4a53-4f0a-9d2b-9b5e1a0f1c11/contact')).toBe(false);
    expect(isPublicIntakeRoute('POST', '/problems/0b6c4a36-4a53-4f0a-9d2b-9b5e1a0f1c11/merge')).toBe(false);
    expect(isPublicIntakeRoute('DELETE', '/public/problems/AB12CD34')).toBe(false);
    expect(isPublicIntakeRoute('GET', '/docs')).toBe(false);
  });

  it('refuses paths that could climb out of /public', () => {
    expect(isPublicIntakeRoute('GET', '/public/../problems')).toBe(false);
    expect(isPublicIntakeRoute('GET', '/public/%2e%2e/problems')).toBe(false);
    expect(isPublicIntakeRoute('GET', '/public/..%2fproblems')).toBe(false);
  });
});
