import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../src/audit/verify-chain.js';
import { openDatabase } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import '../src/database/pg-types.js';
import { buildDataSourceOptions } from '../src/database/typeorm-options.js';

// Recomputes every audit entry's hash in order. Exit 0: the chain is intact;
// exit 1: names the first entry that was altered, removed or re-sealed.
const database = await openDatabase(loadConfig());
const dataSource = await new DataSource(buildDataSourceOptions(database.target)).initialize();
try {
  const { checked, broken } = await verifyAuditChain(dataSource);
  if (broken) {
    console.error(`audit:verify FAILED at entry ${broken.seq}: ${broken.reason}. ${checked} entries before it are intact.`);
    process.exitCode = 1;
  } else {
    console.log(`audit:verify OK: ${checked} entries, each sealing the one before it.`);
  }
} finally {
  await dataSource.destroy();
  await database.embedded?.stop();
}
