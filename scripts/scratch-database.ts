import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import { buildDataSourceOptions, type ConnectionTarget } from '../src/app-data-source.js';

/**
 * Runs `fn` against a brand-new empty database: a temporary database on the
 * server named by DATABASE_URL, or an in-memory embedded one. Never touches
 * the data of a running service.
 */
export async function withScratchDatabase<T>(fn: (target: ConnectionTarget) => Promise<T>): Promise<T> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    try {
      return await fn({ url: embedded.url, poolSize: 1 });
    } finally {
      await embedded.stop();
    }
  }
  const name = `chidao_scratch_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await fn({ url: url.toString(), poolSize: 2 });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** What TypeORM would still change after every migration has run: empty when entities and migrations agree. */
export async function schemaDrift(target: ConnectionTarget): Promise<{ up: string[]; down: string[] }> {
  const dataSource = await new DataSource(buildDataSourceOptions(target)).initialize();
  try {
    await runMigrationsWithLock(dataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const text = (query: { query: string; parameters?: unknown[] }): string =>
      query.parameters && query.parameters.length > 0 ? `${query.query} -- ${JSON.stringify(query.parameters)}` : query.query;
    return { up: sql.upQueries.map(text), down: sql.downQueries.map(text) };
  } finally {
    await dataSource.destroy();
  }
}
