import argon2 from 'argon2';
import { DomainError } from '../common/errors/domain-error.js';
import { UserError } from './users.errors.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

/** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Length and a blocklist only: composition rules make passwords worse, not better (NIST 800-63B). */
export function assertAcceptablePassword(password: string, username: string, field = 'password'): void {
  const length = [...password].length;
  let problem: string | undefined;
  if (length < PASSWORD_MIN_LENGTH) problem = `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  else if (length > PASSWORD_MAX_LENGTH) problem = `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  else if (COMMON_PASSWORDS.has(password.toLowerCase())) problem = 'is one of the most common passwords; choose another';
  else if (password.toLowerCase() === username.toLowerCase()) problem = 'must not be the username';
  if (problem) {
    throw new DomainError(UserError.PasswordRejected, `The password ${problem}.`, [{ field, message: `${field} ${problem}` }]);
  }
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody has, verified when the account does not exist,
 * so that "no such user" and "wrong password" take the same time.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-that-no-account-has');
  return decoyHash;
}
