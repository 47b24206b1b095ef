import { DomainError } from '../common/errors/domain-error.js';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords.js';

describe('password policy', () => {
  it.each([
    ['short1!', 'must be at least 8 characters'],
    ['x'.repeat(129), 'must be at most 128 characters'],
    ['password123', 'most common passwords'],
    ['MatKhau123', 'most common passwords'],
    ['nguyenvana', 'must not be the username'],
  ])('refuses %s', (password, reason) => {
    expect(() => assertAcceptablePassword(password, 'NguyenVanA')).toThrow(DomainError);
    expect(() => assertAcceptablePassword(password, 'NguyenVanA')).toThrow(reason);
  });

  it.each(['tám ký tự', 'correct horse battery staple', 'mưa rơi trên phố Lào Cai', 'a'.repeat(64), 'ĐặngXuânPhong1'])(
    'accepts %s without composition rules',
    (password) => {
      expect(() => assertAcceptablePassword(password, 'someone')).not.toThrow();
    },
  );

  it('hashes with argon2id at the configured cost, and verifies', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(verifyPassword(hash, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'correct horse battery stapler')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });
});
