import { maskName, maskPhone, normalisePhone, phoneDigest } from './personal-data';

describe('personal data', () => {
  it('masks a mobile number as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keeps only the family name of a resident', () => {
    expect(maskName('张小明')).toBe('张**');
  });

  it('normalises separators and the country code before digesting', () => {
    expect(normalisePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(phoneDigest('+86 138 1234 5678', 'secret-secret-secret')).toBe(phoneDigest('13812345678', 'secret-secret-secret'));
  });

  it('gives different digests under different secrets', () => {
    expect(phoneDigest('13812345678', 'a'.repeat(16))).not.toBe(phoneDigest('13812345678', 'b'.repeat(16)));
  });
});
