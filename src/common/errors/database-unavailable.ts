import { CommonError } from './common-errors.js';
import { DomainError } from './domain-error.js';

/**
 * Seconds a client should wait before trying again: about what a PostgreSQL
 * server needs to come back from a crash or a fast restart, and what the pool
 * needs to free a connection when every one of them is busy.
 */
export const RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs that mean "the database, not the request": shut down by an
 * administrator or crashed (57P01, 57P02, 57P03), the statement or the idle
 * transaction cut off by the configured timeouts (57014, 25P03), too many
 * connections (53300), the database gone (3D000: dropped, or being restored);
 * class 08 is every connection exception.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '25P03', '53300', '3D000']);

/** Socket errors of a server that refuses, drops or never answers the connection. */
const UNAVAILABLE_SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * What `pg` and `pg-pool` say when the connection ends or cannot be had; they
 * give these errors no code. The pool's "timeout exceeded" is every connection
 * busy for longer than its connectionTimeoutMillis: shed, not failed.
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /is not queryable$/,
  /^Client has encountered a connection error/,
  /^Cannot use a pool after calling end on the pool$/,
];

interface MaybePgError {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
}

function unavailable(error: MaybePgError | null | undefined): boolean {
  if (!error || typeof error !== 'object') return false;
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_ERRORS.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (!code && typeof error.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(error.message as string))) {
    return true;
  }
  // TypeORM wraps the driver's error (QueryFailedError); the cause of a failed connect can be an AggregateError.
  return unavailable(error.driverError as MaybePgError) || (error instanceof AggregateError && error.errors.some((e) => unavailable(e)));
}

/**
 * A 503 with Retry-After when `error` means the database cannot serve now (it
 * is down, restarting, unreachable, or every pooled connection is busy), so
 * clients and load balancers retry instead of reporting a failure; undefined
 * for any other error. The one place that decides it.
 */
export function databaseUnavailable(error: unknown): DomainError | undefined {
  if (!unavailable(error as MaybePgError)) return undefined;
  return new DomainError(CommonError.DatabaseUnavailable, 'The database is unavailable or busy; try again shortly.', [], {
    'retry-after': String(RETRY_AFTER_SECONDS),
  });
}
