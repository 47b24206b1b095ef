import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters, 256 bits nobody guesses. */
export function newFeedSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps and the public route looks up. A secret this long
 * needs no slow hash: one SHA-256 is as hard to reverse as the secret is to guess,
 * and a lookup by hash times nothing about the secret itself.
 */
export function hashFeedSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The file name the public route accepts: a secret of the shape handed out, then `.ics`. */
export function secretOfFileName(fileName: string): string | null {
  const match = /^([A-Za-z0-9_-]{43})\.ics$/.exec(fileName);
  return match ? match[1]! : null;
}

/** The path of a feed under the service's address (the API prefix included: see the controller). */
export function feedPath(secret: string): string {
  return `/api/v1/calendar/${secret}.ics`;
}
