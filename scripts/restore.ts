import { resolve } from 'node:path';
import { restoreEmbedded } from './backup/embedded-backup.js';
import { BackupError, checkedBackupFile, manifestPathOf, readManifest } from './backup/backup-manifest.js';
import { restoreServer } from './backup/server-restore.js';
import { verifyRestored } from './backup/verify-restored.js';

// `npm run restore -- <backup .json or file>`: into the empty database named by
// DATABASE_URL, or else into DATA_DIR, which must not exist yet or be empty.
// Then proves the audit chain up to the head recorded at backup time.
async function restore(): Promise<void> {
  const given = process.argv[2];
  if (!given || given.startsWith('-')) throw new BackupError('give the backup: npm run restore -- backups/chidao-<time>.json');
  const manifestPath = resolve(manifestPathOf(given));
  const manifest = readManifest(manifestPath);
  const file = await checkedBackupFile(manifestPath, manifest);
  const serverUrl = process.env.DATABASE_URL || undefined;
  if ((manifest.kind === 'server') !== Boolean(serverUrl)) {
    throw new BackupError(
      manifest.kind === 'server'
        ? 'this is a PostgreSQL server backup (pg_dump): set DATABASE_URL to the empty database to restore into'
        : 'this is an embedded database backup: unset DATABASE_URL and set DATA_DIR to a new directory',
    );
  }
  const started = performance.now();
  const report = serverUrl
    ? await restoreServer(serverUrl, file).then(() => verifyRestored(serverUrl, 2, manifest))
    : await restoreEmbedded(process.env.DATA_DIR || './data', file, (url) => verifyRestored(url, 1, manifest));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const recorded = manifest.audit.head;
  if (report.broken) {
    console.error(`restore: the data is restored but its audit chain FAILED at entry ${report.broken.seq}: ${report.broken.reason}.`);
    process.exitCode = 1;
    return;
  }
  console.log(`restore: ${file} restored in ${seconds} s.`);
  console.log(
    `audit chain OK: ${report.checked} entries${recorded ? `, the head at backup time ${recorded.seq}:${recorded.hash} matches` : ''}.`,
  );
}

restore().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `restore: ${error.message}` : error);
  process.exit(1);
});
