import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import type { ConnectionTarget } from '../../src/app-data-source.js';
import { adminQuery, embeddedTemplate, serverUrl, TEMPLATE_ENV, withDatabase } from './template-database.js';

export interface TestDatabase {
  target: ConnectionTarget;
  /** Drops the copy (server) or stops the embedded database; the running app loses it. */
  drop(): Promise<void>;
}

/**
 * The pool a test app gets on the server: more than one connection, so that
 * parallel requests really run in parallel transactions and a race can be lost.
 */
export const SERVER_POOL_SIZE = 10;

/** A fresh copy of the migrated template (with the fixture users): each test file gets its own. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const server = serverUrl();
  if (server) {
    const template = process.env[TEMPLATE_ENV.serverTemplate];
    if (!template) throw new Error('The test global setup did not run: no template database.');
    const name = `chidao_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    return {
      target: { url: withDatabase(server, name), poolSize: SERVER_POOL_SIZE },
      drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const embedded = await startEmbeddedPostgres({ loadDataDir: embeddedTemplate() });
  return { target: { url: embedded.url, poolSize: 1 }, drop: () => embedded.stop() };
}
