import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataDirLockedError, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { withClient } from '../../src/database/with-client.js';
import { type AuditState, readAuditState } from './audit-state.js';
import { BackupError, backupFileName, type BackupManifest, sha256File } from './backup-manifest.js';

/**
 * A copy of the embedded database, taken with its lock held: one process at a
 * time may open a PGlite data directory, and the running service is that
 * process, so a backup while it runs is refused rather than copied torn.
 */
export async function backupEmbedded(dataDir: string, outDir: string, name: string, now: Date): Promise<BackupManifest> {
  if (!existsSync(join(dataDir, 'pgdata', 'PG_VERSION'))) {
    throw new BackupError(`${resolve(dataDir)} holds no embedded database (set DATA_DIR to the service's, or DATABASE_URL for a server)`);
  }
  const file = backupFileName(name, 'embedded');
  const path = join(outDir, file);
  const database = await openLocked(dataDir, 'back it up');
  let audit: AuditState;
  try {
    audit = await withClient(database.url, readAuditState);
    writeFileSync(`${path}.partial`, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
  } catch (error) {
    rmSync(`${path}.partial`, { force: true });
    throw error;
  } finally {
    await database.stop();
  }
  renameSync(`${path}.partial`, path);
  return { kind: 'embedded', file, createdAt: now.toISOString(), bytes: statSync(path).size, sha256: await sha256File(path), audit };
}

/** Restores into a data directory that does not exist yet or is empty (anything else is refused), then runs `check` on it. */
export async function restoreEmbedded<T>(dataDir: string, file: string, check: (url: string) => Promise<T>): Promise<T> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new BackupError(
      `${resolve(dataDir)} is not empty. Restore into a new directory (DATA_DIR=./data-restored npm run restore -- …), ` +
        'check it, then start the service on it; the old directory stays as it was.',
    );
  }
  let database;
  try {
    database = await openLocked(dataDir, 'restore into it', new Blob([readFileSync(file)]));
  } catch (error) {
    // It was empty: leave no half-loaded database behind for a service to start on.
    if (!(error instanceof BackupError)) rmSync(join(dataDir, 'pgdata'), { recursive: true, force: true });
    throw error;
  }
  try {
    return await check(database.url);
  } finally {
    await database.stop();
  }
}

async function openLocked(dataDir: string, what: string, loadDataDir?: Blob) {
  try {
    return await startEmbeddedPostgres({ dataDir, loadDataDir });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new BackupError(
      `The service (pid ${error.pid}) is using the embedded database in ${error.dataDir}. Stop it to ${what} ` +
        '(a copy of files in use would be torn), then start it again; or run on a PostgreSQL server (DATABASE_URL), backed up while it runs.',
    );
  }
}
