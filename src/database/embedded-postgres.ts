import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * 2, not 1, although PGlite has one session and the pool (exactly 1) never
 * holds two connections: when the pool closes a connection and opens its
 * replacement at once, the old socket's handler can still be attached as the
 * new one arrives, and with 1 the server answers "Too many connections" and
 * hangs up, which the service reports as 503 (seen in CI on
 * prepared-reads.e2e-spec). The server runs every query through one queue
 * whatever the number of sockets, keeps a transaction to the socket that
 * opened it, and rolls back what a closed socket left open.
 */
const SOCKET_CONNECTIONS = 2;

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver can connect to (one connection only). */
  readonly url: string;
  /**
   * The whole database as a gzipped tarball that `loadDataDir` starts from.
   * PGlite runs one query at a time, so the copy is consistent; a CHECKPOINT
   * first keeps the replay on loading short.
   */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** A directory, or undefined for an in-memory database. */
  dataDir?: string;
  /** A tarball from `dumpDataDir()` to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another running process (pid ${pid}). ` +
        'Two processes on one embedded database would lose writes: stop the other one, ' +
        'use another DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.',
    );
    this.name = 'DataDirLockedError';
  }
}

const LOCK_FILE = 'chi-dao.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock file in the data directory. A lock left by a process
 * that no longer runs (a crash, a kill -9) is taken over; a live one refuses.
 */
function acquireLock(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(dataDir, pid);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock file ${path}`);
}

/**
 * Starts PostgreSQL in WebAssembly (PGlite) and serves it on a random loopback
 * port, so the application talks to it through the same `pg` driver and the
 * same code path as to a PostgreSQL server. PGlite runs one session: callers
 * must use a pool of exactly one connection.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  let releaseLock = (): void => undefined;
  let pgDataDir: string | undefined;
  if (options.dataDir) {
    const dataDir = resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireLock(dataDir);
    pgDataDir = join(dataDir, 'pgdata');
  }
  try {
    const db = await PGlite.create({
      dataDir: pgDataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm, pgcrypto, unaccent },
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: SOCKET_CONNECTIONS });
    await server.start();
    const address = server.getServerConn();
    let stopped = false;
    return {
      url: `postgresql://postgres@${address}/postgres?sslmode=disable`,
      async dumpDataDir() {
        await db.exec('CHECKPOINT');
        return db.dumpDataDir('gzip');
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Dumps an in-memory embedded database so that others can start from it. */
export async function dumpEmbeddedTemplate(setup: (url: string) => Promise<void>): Promise<Blob> {
  const db = await PGlite.create({ extensions: { pg_trgm, pgcrypto, unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: SOCKET_CONNECTIONS });
  await server.start();
  try {
    await setup(`postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  } finally {
    await server.stop();
  }
  const dump = await db.dumpDataDir('none');
  await db.close();
  return dump;
}
