import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { withScratchDatabase } from '../../scripts/scratch-database.js';
import { runMigrationsWithLock } from '../../src/database/migrate.js';
import { buildDataSourceOptions } from '../../src/app-data-source.js';
import { serverUrl } from '../support/template-database.js';

describe('Migrations', () => {
  it('build the schema from nothing, revert to nothing, and build it again', async () => {
    await withScratchDatabase(async (target) => {
      const dataSource = await new DataSource(buildDataSourceOptions(target)).initialize();
      try {
        expect(await runMigrationsWithLock(dataSource)).toHaveLength(MIGRATIONS.length);
        for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
        const [{ count }] = await dataSource.query(
          `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
        );
        expect(count).toBe(0);
        expect(await runMigrationsWithLock(dataSource)).toHaveLength(MIGRATIONS.length);
        // Autovacuum keeps the directives' visibility map fresh for the reports' index-only scans (docs/performance.md).
        const [{ reloptions }] = await dataSource.query(`SELECT reloptions FROM pg_class WHERE oid = 'directive'::regclass`);
        expect(reloptions).toEqual([
          'autovacuum_vacuum_scale_factor=0.02',
          'autovacuum_vacuum_insert_scale_factor=0.02',
          'autovacuum_analyze_scale_factor=0.02',
        ]);
      } finally {
        await dataSource.destroy();
      }
    });
  });

  // Several instances starting at once: the advisory lock makes each migration run exactly once.
  (serverUrl() ? it : it.skip)('are applied once when four instances start together (server only)', async () => {
    await withScratchDatabase(async (target) => {
      const sources = await Promise.all(Array.from({ length: 4 }, () => new DataSource(buildDataSourceOptions(target)).initialize()));
      try {
        const applied = await Promise.all(sources.map((source) => runMigrationsWithLock(source)));
        expect(applied.map((list) => list.length).sort()).toEqual([0, 0, 0, MIGRATIONS.length]);
        const rows = await sources[0]!.query('SELECT name, count(*)::int AS n FROM schema_migration GROUP BY name');
        expect(rows).toHaveLength(MIGRATIONS.length);
        expect(rows.every((row: { n: number }) => row.n === 1)).toBe(true);
      } finally {
        await Promise.all(sources.map((source) => source.destroy()));
      }
    });
  });
});
