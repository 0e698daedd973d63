import { scryptSync } from 'node:crypto';
import { hashPassword, needsRehash, verifyPassword } from './password-hash';

const quick = { ln: 10, r: 8, p: 1 };

describe('password hashes', () => {
  it('record their parameters and verify against them', async () => {
    const stored = await hashPassword('correct horse', quick);
    expect(stored).toMatch(/^scrypt\$ln=10,r=8,p=1\$/);
    await expect(verifyPassword('correct horse', stored)).resolves.toBe(true);
    await expect(verifyPassword('wrong horse', stored)).resolves.toBe(false);
  });

  it('are made at the current guidance (N = 2^17, r = 8, p = 1) by default', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$ln=17,r=8,p=1\$/);
    expect(needsRehash(stored)).toBe(false);
  });

  it('still verify hashes of the first format (no parameters, Node defaults) and ask for their upgrade', async () => {
    const salt = Buffer.from('0123456789abcdef');
    const legacy = `scrypt$${salt.toString('base64')}$${scryptSync('old pass', salt, 32).toString('base64')}`;
    await expect(verifyPassword('old pass', legacy)).resolves.toBe(true);
    expect(needsRehash(legacy)).toBe(true);
    expect(needsRehash(await hashPassword('x', quick))).toBe(true);
  });

  it('refuse hashes they cannot read instead of throwing', async () => {
    for (const stored of ['', 'bcrypt$x$y', 'scrypt$ln=99,r=8,p=1$a$b', 'scrypt$ln=x$a$b', 'scrypt$$']) {
      await expect(verifyPassword('x', stored)).resolves.toBe(false);
    }
  });
});
