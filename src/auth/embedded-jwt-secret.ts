import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * With the embedded database and no JWT_SECRET, the key is generated once and
 * kept beside the data (readable by its owner only): a zero-configuration start
 * never signs tokens with a key anyone could read in this repository.
 */
export function embeddedJwtSecret(dataDir: string): string {
  const dir = resolve(dataDir);
  const path = join(dir, 'jwt-secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
