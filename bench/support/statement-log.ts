import { AsyncLocalStorage } from 'node:async_hooks';
import type { Server } from 'node:http';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** What was sent on the app's connections while recording: one entry per round trip. */
export interface StatementLog {
  /**
   * Starts a new recording (forgets the previous one) of what the caller's own
   * work sends from here on, and the requests `server` receives meanwhile:
   * statements sent from elsewhere (the audit sealer's sweep on its timer) are
   * not the caller's and would make a count differ at random.
   */
  start(): void;
  /** Stops recording and answers the statements sent since `start`, in order. */
  stop(): string[];
}

const WRAPPED = Symbol('statement-log');

/**
 * Counts the statements an app sends, without changing them: every connection
 * the pool hands out gets its `query` wrapped, so TypeORM's queries, the named
 * prepared statements and BEGIN/COMMIT are all seen. For benchmarks and tests
 * only: production code never calls it.
 */
export function statementLog(dataSource: DataSource, server?: Server): StatementLog {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  let recording: string[] | null = null;
  const caller = new AsyncLocalStorage<string[]>();
  if (server) {
    const emit = server.emit.bind(server) as (event: string, ...args: unknown[]) => boolean;
    server.emit = ((event: string, ...args: unknown[]) =>
      event === 'request' && recording ? caller.run(recording, () => emit(event, ...args)) : emit(event, ...args)) as Server['emit'];
  }
  pool.on('acquire', (client: PoolClient) => {
    const tagged = client as PoolClient & { [WRAPPED]?: true };
    if (tagged[WRAPPED]) return;
    tagged[WRAPPED] = true;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (recording && caller.getStore() === recording) recording.push(statementText(args[0]));
      return query(...args);
    };
  });
  return {
    start() {
      recording = [];
      // The rest of the caller's function, and everything it awaits, carries this recording.
      caller.enterWith(recording);
    },
    stop() {
      const statements = recording ?? [];
      recording = null;
      return statements;
    },
  };
}

function statementText(config: unknown): string {
  if (typeof config === 'string') return config;
  const { text, name } = config as { text?: string; name?: string };
  return text ?? name ?? '?';
}

/** The tables a statement writes (INSERT, UPDATE, DELETE, in its CTEs too), in the order it names them. */
export function writtenTables(statement: string): string[] {
  const written = /\b(?:INSERT\s+INTO|DELETE\s+FROM)\s+"?(\w+)"?|\bUPDATE\s+"?(\w+)"?\s+(?:AS\s+\w+\s+|\w+\s+)?SET\b/gi;
  return [...statement.matchAll(written)].map((match) => (match[1] ?? match[2])!.toLowerCase());
}
