import { DataSource } from 'typeorm';
import { readAnchor } from './backup/audit-anchor.js';
import { sealPending } from '../src/audit/seal-pending.js';
import { verifyAuditChain } from '../src/audit/verify-chain.js';
import { openDatabase } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import '../src/database/pg-types.js';
import { buildDataSourceOptions } from '../src/app-data-source.js';

// Recomputes every audit entry's hash in order. Exit 0: the chain is intact;
// exit 1: names the first entry that was altered or removed. Keep the printed
// head somewhere else (a ticket, an e-mail, another system); passing it later as
// `--anchor <seq>:<hash>` also proves the tail was not removed or re-sealed.
// `--backup <manifest.json>` takes the head a backup recorded: after a restore,
// it proves the chain up to that instant is the one that was backed up.
const anchor = readAnchor(process.argv);
const database = await openDatabase(loadConfig());
const dataSource = await new DataSource(buildDataSourceOptions(database.target)).initialize();
try {
  // Entries committed but not sealed yet (their writer stopped between its commit and its seal) join the chain first.
  const runner = dataSource.createQueryRunner();
  try {
    const sealed = await sealPending(runner);
    if (sealed > 0) console.log(`audit:verify sealed ${sealed} pending entries first.`);
  } finally {
    await runner.release();
  }
  const { checked, broken, head } = await verifyAuditChain(dataSource, anchor);
  if (broken) {
    console.error(`audit:verify FAILED at entry ${broken.seq}: ${broken.reason}. ${checked} entries before it are intact.`);
    process.exitCode = 1;
  } else {
    console.log(`audit:verify OK: ${checked} entries, each sealing the one before it${anchor ? `, anchor ${anchor.seq} matches` : ''}.`);
    if (head) console.log(`head: ${head.seq}:${head.hash}  (keep this outside the database; check later with --anchor)`);
  }
} finally {
  await dataSource.destroy();
  await database.embedded?.stop();
}
