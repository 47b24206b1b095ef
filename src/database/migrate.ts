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
    await queryRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, queryRunner);
      executor.transaction = 'each';
      return await executor.executePendingMigrations();
    } finally {
      await queryRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await queryRunner.release();
  }
}
