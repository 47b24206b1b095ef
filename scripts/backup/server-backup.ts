import { renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { readAuditState } from './audit-state.js';
import { backupFileName, type BackupManifest, sha256File } from './backup-manifest.js';
import { runPgTool } from './pg-tools.js';

/**
 * pg_dump in custom format, while the service runs. The audit head is read in
 * a transaction whose snapshot pg_dump then shares (--snapshot), so the head
 * recorded is exactly the last entry in the archive, however busy the service.
 */
export async function backupServer(url: string, outDir: string, name: string, now: Date): Promise<BackupManifest> {
  const file = backupFileName(name, 'server');
  const path = join(outDir, file);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // The exported snapshot lives only as long as this transaction, which waits idle while pg_dump starts.
    await client.query('SET LOCAL idle_in_transaction_session_timeout = 0');
    await client.query('SET LOCAL statement_timeout = 0');
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    const audit = await readAuditState(client);
    try {
      await runPgTool('pg_dump', ['--format=custom', `--snapshot=${rows[0]!.id}`, `--file=${path}.partial`], url);
    } catch (error) {
      rmSync(`${path}.partial`, { force: true });
      throw error;
    }
    await client.query('COMMIT');
    renameSync(`${path}.partial`, path);
    return { kind: 'server', file, createdAt: now.toISOString(), bytes: statSync(path).size, sha256: await sha256File(path), audit };
  } finally {
    await client.end();
  }
}
