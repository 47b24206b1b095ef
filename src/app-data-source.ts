import type { PoolClient } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseTimeouts } from './config/app-config.js';
import { MIGRATIONS } from '../migrations/index.js';
import { ENTITIES } from './app-entities.js';
import { SnakeNamingStrategy } from './database/snake-naming.strategy.js';

export interface ConnectionTarget {
  url: string;
  /** PGlite serves one session only: its pool must be exactly 1. */
  poolSize: number;
  /** A server's limits (config DATABASE_*_TIMEOUT_MS); absent for the embedded database and the CLI scripts. */
  timeouts?: DatabaseTimeouts;
}

/** How the service's sessions show in pg_stat_activity, for operators and for the leak checks of the reliability suite. */
export const APPLICATION_NAME = 'chi-dao';

/**
 * The `pg` connection settings that bound a session: sent in the startup
 * packet, so they hold from the first statement and `RESET` returns to them.
 */
export function sessionSettings(timeouts: DatabaseTimeouts | undefined): Record<string, number | string> {
  // The embedded database's single session must never be cut; the CLI scripts run migrations of any length.
  if (!timeouts) return { connectionTimeoutMillis: 10_000 };
  return {
    application_name: APPLICATION_NAME,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  };
}

/**
 * A connection the server drops (a crash, a restart, a terminated session)
 * emits 'error' twice: the socket's error, which TypeORM's listener takes
 * while it releases the connection (removing that listener), then pg's
 * "Connection terminated unexpectedly" when the socket ends, with no
 * listener left: an uncaught 'error' event, and the whole service exits (found
 * by test/reliability/database-faults). The error itself has already reached
 * the query that was running, and the pool discards the connection; this
 * listener only keeps the second report from killing the process.
 */
function keepDyingConnectionsFromCrashing(client: PoolClient): void {
  client.on('error', () => undefined);
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
      ...sessionSettings(target.timeouts),
      // The embedded database keeps one session across socket connections, so the
      // named statements of a closed connection (database/prepared-query.ts) are
      // still there when the pool opens the next one: forget them first.
      onConnect: (client: PoolClient) => {
        keepDyingConnectionsFromCrashing(client);
        return client.query('DEALLOCATE ALL');
      },
    },
    // Not 'error': a unique violation is an expected answer (409), logged by the filter only when unexpected.
    logging: ['warn', 'migration'],
  };
}
