import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupEmbedded } from './backup/embedded-backup.js';
import { BackupError, backupName, writeManifest } from './backup/backup-manifest.js';
import { backupServer } from './backup/server-backup.js';

// `npm run backup [-- --out <dir>]`: the database named by DATABASE_URL (pg_dump,
// while the service runs), or else the embedded one in DATA_DIR (the service
// stopped). Writes chidao-<UTC time>.dump or .tar.gz and, last, its manifest
// chidao-<UTC time>.json with the audit chain's head at that instant.
async function backup(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const outDir = resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? '') : (process.env.BACKUP_DIR ?? 'backups'));
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const now = new Date();
  const name = backupName(now);
  const manifestPath = join(outDir, `${name}.json`);
  if (existsSync(manifestPath)) throw new BackupError(`${manifestPath} exists already: one backup per second at most`);
  const serverUrl = process.env.DATABASE_URL || undefined;
  const started = performance.now();
  const manifest = serverUrl
    ? await backupServer(serverUrl, outDir, name, now)
    : await backupEmbedded(process.env.DATA_DIR || './data', outDir, name, now);
  writeManifest(manifestPath, manifest);
  // Every record and password hash is in these files: readable by their owner only, whatever the umask.
  for (const path of [join(outDir, manifest.file), manifestPath]) chmodSync(path, 0o600);
  const { head, entries, pending } = manifest.audit;
  console.log(`backup: ${join(outDir, manifest.file)} (${manifest.bytes} bytes, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`manifest: ${manifestPath}`);
  console.log(`audit head: ${head ? `${head.seq}:${head.hash}` : 'none (empty chain)'} (${entries} entries, ${pending} pending)`);
}

backup().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `backup: ${error.message}` : error);
  process.exit(1);
});
