import { MigrationExecutor, type DataSource, type Migration } from 'typeorm';

/** Arbitrary but fixed: every instance of Chỉ Đạo contends for the same lock. */
const MIGRATION_LOCK_KEY = 740_211_2024;

/**
 * Applies pending migrations while holding a session advisory lock, so that
 * instances starting together apply each migration once: the others wait, then
 * find nothing pending. Runs on one connection (PGlite has only one).
 */
export async function runMigrationsWithLock(dataSource: DataSource): Promise<Migration[]> {
  const queryRunner = dataSource.createQueryRunner('master');
  await queryRunner.connect();
  try {
    // A migration (an index on a big table) and the wait for another instance's may rightly outlast the service's
    // statement_timeout; RESET below gives the pooled session its configured limit back.
    await queryRunner.query('SET statement_timeout = 0');
    await queryRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, queryRunner);
      executor.transaction = 'each';
      return await executor.executePendingMigrations();
    } finally {
      await queryRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      await queryRunner.query('RESET statement_timeout');
    }
  } finally {
    await queryRunner.release();
  }
}
