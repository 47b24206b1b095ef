import { DataSource } from 'typeorm';
import { sealPending } from '../../src/audit/seal-pending.js';
import { type ChainReport, verifyAuditChain } from '../../src/audit/verify-chain.js';
import { grantAppRole } from '../../src/database/app-role.js';
import '../../src/database/pg-types.js';
import { buildDataSourceOptions } from '../../src/app-data-source.js';
import type { BackupManifest } from './backup-manifest.js';

/**
 * Proves the restored chain up to the head recorded at backup time: every
 * entry still seals the one before it, and the recorded head is there with its
 * hash. Entries that were pending at backup time are sealed first, as the
 * service would on its first write.
 */
export async function verifyRestored(url: string, poolSize: number, manifest: BackupManifest): Promise<ChainReport> {
  const dataSource = await new DataSource(buildDataSourceOptions({ url, poolSize })).initialize();
  try {
    const appRole = process.env.APP_DB_ROLE;
    if (appRole && manifest.kind === 'server') await grantAppRole(dataSource, appRole);
    const runner = dataSource.createQueryRunner();
    try {
      await sealPending(runner);
    } finally {
      await runner.release();
    }
    return await verifyAuditChain(dataSource, manifest.audit.head ?? undefined);
  } finally {
    await dataSource.destroy();
  }
}
