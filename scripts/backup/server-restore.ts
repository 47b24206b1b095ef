import pg from 'pg';
import { BackupError } from './backup-manifest.js';
import { runPgTool } from './pg-tools.js';

/**
 * pg_restore into an empty database, in one transaction: it lands whole or not
 * at all. A database that holds anything is refused, with no override: records
 * of government are replaced by pointing the service at a new database once
 * the restore is verified, never by overwriting the one that may still be needed.
 */
export async function restoreServer(url: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'`,
    );
    if (rows[0]!.count > 0) {
      const name = new URL(url).pathname.slice(1);
      throw new BackupError(
        `The database ${name} is not empty (${rows[0]!.count} tables, indexes or sequences). Restore into a new, empty database ` +
          `(createdb chidao_restored; DATABASE_URL=…/chidao_restored npm run restore -- …), check it, then point the service at it.`,
      );
    }
  } finally {
    await client.end();
  }
  // Owners and grants are the target's: the role restoring owns everything; APP_DB_ROLE is granted afterwards.
  await runPgTool('pg_restore', ['--no-owner', '--no-acl', '--single-transaction', '--exit-on-error', file], url);
}
