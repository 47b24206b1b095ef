import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { Clock } from '../../src/common/time/clock.js';
import { type AppConfig, loadConfig } from '../../src/config/app-config.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import type { ConnectionTarget } from '../../src/database/typeorm-options.js';
import { adminQuery, embeddedTemplate, serverUrl, TEMPLATE_ENV, withDatabase } from './template-database.js';

/** A clock that stands still at a chosen instant, so "today" and "overdue" are the same in every run. */
export class FixedClock extends Clock {
  constructor(
    config: AppConfig,
    private instant: Date,
  ) {
    super(config);
  }

  override now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}

export interface HttpResponse<T = any> {
  status: number;
  headers: Record<string, string>;
  body: T;
  text: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  clock: FixedClock;
  request<T = any>(
    method: string,
    url: string,
    options?: { body?: unknown; headers?: Record<string, string>; raw?: string },
  ): Promise<HttpResponse<T>>;
  get<T = any>(url: string): Promise<HttpResponse<T>>;
  post<T = any>(url: string, body: unknown, headers?: Record<string, string>): Promise<HttpResponse<T>>;
  patch<T = any>(url: string, body: unknown, headers?: Record<string, string>): Promise<HttpResponse<T>>;
  /** Runs SQL on the app's own connection (the embedded database has only one). */
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** A digest of every row of every table: equal digests mean an unchanged database. */
  snapshot(): Promise<Record<string, string>>;
  /** Takes the database away from under the running app (drops it, or stops the embedded one). */
  killDatabase(): Promise<void>;
  close(): Promise<void>;
}

export const TABLES = [
  'organization',
  'person',
  'meeting',
  'meeting_attendee',
  'speech',
  'directive',
  'directive_cooperating_organization',
];

async function openTestDatabase(): Promise<{ target: ConnectionTarget; drop: () => Promise<void> }> {
  const server = serverUrl();
  if (server) {
    const template = process.env[TEMPLATE_ENV.serverTemplate];
    if (!template) throw new Error('The e2e global setup did not run: no template database.');
    const name = `chidao_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    return {
      target: { url: withDatabase(server, name), poolSize: 10 },
      drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const embedded = await startEmbeddedPostgres({ loadDataDir: embeddedTemplate() });
  return { target: { url: embedded.url, poolSize: 1 }, drop: () => embedded.stop() };
}

/**
 * Boots the real AppModule, with the production pipeline, on a fresh copy of the
 * migrated template database. Each test file gets its own database.
 */
export async function createTestApp(options: { now?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'fatal', ...options.env });
  const clock = new FixedClock(config, new Date(options.now ?? '2024-03-12T09:00:00+07:00'));
  const database = await openTestDatabase();
  const app = await createApp(config, database.target, clock);
  const dataSource = app.get(DataSource);

  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;

  const request = async <T>(method: string, url: string, opts: { body?: unknown; headers?: Record<string, string>; raw?: string } = {}) => {
    const hasBody = opts.body !== undefined || opts.raw !== undefined;
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...opts.headers },
      body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
    const text = await response.text();
    const headers = Object.fromEntries(response.headers.entries());
    let body: unknown = text;
    if ((headers['content-type'] ?? '').includes('json') && text.length > 0) body = JSON.parse(text);
    return { status: response.status, headers, body: body as T, text };
  };

  return {
    app,
    clock,
    request,
    get: (url) => request('GET', url),
    post: (url, body, headers) => request('POST', url, { body, headers }),
    patch: (url, body, headers) => request('PATCH', url, { body, headers }),
    sql: (query, params) => dataSource.query(query, params),
    async snapshot() {
      const digests: Record<string, string> = {};
      for (const table of TABLES) {
        const [row] = await dataSource.query(
          `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table} t`,
        );
        digests[table] = `${row.n}:${row.digest}`;
      }
      return digests;
    },
    killDatabase: () => database.drop(),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
