import type { PoolClient } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations/index.js';
import { ENTITIES } from './app-entities.js';
import { SnakeNamingStrategy } from './database/snake-naming.strategy.js';

export interface ConnectionTarget {
  url: string;
  /** PGlite serves one session only: its pool must be exactly 1. */
  poolSize: number;
}

/** The one place TypeORM is configured: used by the app, the scripts and the tests. */
export function buildDataSourceOptions(target: ConnectionTarget): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    // Extensions are created by migrations, which the app's role may not be allowed to do.
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    poolSize: target.poolSize,
    extra: {
      max: target.poolSize,
      connectionTimeoutMillis: 10_000,
      // The embedded database keeps one session across socket connections, so the
      // named statements of a closed connection (database/prepared-query.ts) are
      // still there when the pool opens the next one: forget them first.
      onConnect: (client: PoolClient) => client.query('DEALLOCATE ALL'),
    },
    // Not 'error': a unique violation is an expected answer (409), logged by the filter only when unexpected.
    logging: ['warn', 'migration'],
  };
}
