import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AuditState } from './audit-state.js';

/**
 * The sidecar written beside every backup file (same name, `.json`): what a
 * restore checks the file against, and the audit chain's head at the instant
 * of the copy, which `audit:verify --backup` later proves unaltered.
 */
export interface BackupManifest {
  /** `server`: a pg_dump custom-format archive; `embedded`: a PGlite data directory tarball (gzip). */
  kind: 'server' | 'embedded';
  /** The backup file's name, in the manifest's own directory. */
  file: string;
  createdAt: string;
  bytes: number;
  sha256: string;
  audit: AuditState;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

const EXTENSIONS = { server: '.dump', embedded: '.tar.gz' } as const;

/** `chidao-20261201T233512Z`: sorts by time, no colons (which some file systems refuse). */
export function backupName(now: Date): string {
  return `chidao-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')}`;
}

export function backupFileName(name: string, kind: BackupManifest['kind']): string {
  return `${name}${EXTENSIONS[kind]}`;
}

/** The manifest of a backup named by its manifest or by its file. */
export function manifestPathOf(path: string): string {
  if (path.endsWith('.json')) return path;
  for (const extension of Object.values(EXTENSIONS)) {
    if (path.endsWith(extension)) return join(dirname(path), `${basename(path, extension)}.json`);
  }
  throw new BackupError(`${path} is not a backup: give the .json written beside it, or its .dump / .tar.gz file`);
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Written last, through a rename: a backup interrupted half-way has no manifest, and restore refuses it. */
export function writeManifest(path: string, manifest: BackupManifest): void {
  writeFileSync(`${path}.partial`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${path}.partial`, path);
}

export function readManifest(path: string): BackupManifest {
  if (!existsSync(path)) {
    throw new BackupError(`${path} does not exist: a backup without its manifest is incomplete (interrupted) and is not restored`);
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  if ((manifest.kind !== 'server' && manifest.kind !== 'embedded') || typeof manifest.file !== 'string' || !manifest.audit) {
    throw new BackupError(`${path} is not a Chỉ Đạo backup manifest`);
  }
  return manifest;
}

/** The backup file a manifest describes, after checking that it is complete and unchanged. */
export async function checkedBackupFile(manifestPath: string, manifest: BackupManifest): Promise<string> {
  const file = join(dirname(manifestPath), basename(manifest.file));
  if (!existsSync(file)) throw new BackupError(`${file}, named by ${manifestPath}, does not exist`);
  if ((await sha256File(file)) !== manifest.sha256) {
    throw new BackupError(
      `${file} is not the file that was backed up (its SHA-256 differs from the manifest's): it was damaged or replaced`,
    );
  }
  return file;
}
