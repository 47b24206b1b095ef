import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../../src/app-data-source.js';
import { sealPending } from '../../../src/audit/seal-pending.js';
import { type ChainReport, verifyAuditChain } from '../../../src/audit/verify-chain.js';
import '../../../src/database/pg-types.js';

/**
 * What `npm run audit:verify` does (scripts/audit-verify.ts), on the database
 * at `url`: seal the entries a crash left pending, then walk the whole chain.
 */
export async function verifyAuditAt(url: string): Promise<ChainReport & { sealedFirst: number }> {
  const dataSource = await new DataSource(buildDataSourceOptions({ url, poolSize: 1 })).initialize();
  try {
    const runner = dataSource.createQueryRunner();
    let sealedFirst: number;
    try {
      sealedFirst = await sealPending(runner);
    } finally {
      await runner.release();
    }
    return { ...(await verifyAuditChain(dataSource)), sealedFirst };
  } finally {
    await dataSource.destroy();
  }
}
