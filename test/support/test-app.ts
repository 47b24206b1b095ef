import 'reflect-metadata';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/app-config.js';
import { databaseDigest } from './database-digest.js';
import { FixedClock, TEST_NOW } from './fixed-clock.js';
import { TEST_PASSWORD, type FixtureUser } from './fixture-users.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';
import { signInFixtureUsers } from './test-users.js';

export { FixedClock, TEST_PASSWORD };

export interface HttpResponse<T = any> {
  status: number;
  headers: Record<string, string>;
  body: T;
  text: string;
}

export type RequestOptions = { body?: unknown; headers?: Record<string, string>; raw?: string };

export interface Client {
  request<T = any>(method: string, url: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  get<T = any>(url: string): Promise<HttpResponse<T>>;
  post<T = any>(url: string, body: unknown, headers?: Record<string, string>): Promise<HttpResponse<T>>;
  patch<T = any>(url: string, body: unknown, headers?: Record<string, string>): Promise<HttpResponse<T>>;
  /** PATCH the version the caller would see now: reads its ETag first (attendees and speeches: from their meeting). */
  edit<T = any>(url: string, body: unknown): Promise<HttpResponse<T>>;
}

export type TestRole = FixtureUser;

export interface TestUser {
  id: string;
  username: string;
  accessToken: string;
  refreshToken: string;
}

/** `If-Match` for a version the test knows. */
export const ifMatch = (version: number): Record<string, string> => ({ 'if-match': `W/"${version}"` });

/**
 * The default client acts as the secretariat (who records meetings); `as(role)`
 * acts as another role; `anonymous` sends no token. Department users belong to
 * `agencies.own`; `other_department_head` to `agencies.other`.
 */
export interface TestApp extends Client {
  app: NestFastifyApplication;
  clock: FixedClock;
  as(role: TestRole): Client;
  anonymous: Client;
  users: Record<TestRole, TestUser>;
  agencies: { own: string; other: string };
  login(username: string, password?: string): Promise<HttpResponse>;
  /** Runs SQL on the app's own connection (the embedded database has only one). */
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** A digest of every row of every table (see database-digest.ts): equal digests mean an unchanged database. */
  snapshot(): Promise<Record<string, string>>;
  /** The database this app runs on (for a second app on the same one: `createTestApp({ sameDatabaseAs })`). */
  database: TestDatabase;
  /** Takes the database away from under the running app (drops it, or stops the embedded one). */
  killDatabase(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Where no interface is built: API tests serve none, since loading and
 * compressing a real build (dist/web, after `npm run build`) costs every test
 * file a second or more. Pass env.WEB_ROOT to serve one.
 */
const NO_WEB_INTERFACE = join(import.meta.dirname, 'no-web-interface');

/**
 * Boots the real AppModule, with the production pipeline, on a fresh copy of the
 * migrated template database. Each test file gets its own database.
 *
 * `sameDatabaseAs` starts a second instance of the service on another app's
 * database (server PostgreSQL only: the embedded one serves one process); it
 * leaves the database to that app when it closes.
 */
export async function createTestApp(
  options: { now?: string; env?: Record<string, string>; sameDatabaseAs?: TestApp } = {},
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'fatal', WEB_ROOT: NO_WEB_INTERFACE, ...options.env });
  const clock = new FixedClock(config, new Date(options.now ?? TEST_NOW));
  const database: TestDatabase = options.sameDatabaseAs
    ? { target: options.sameDatabaseAs.database.target, drop: async () => undefined }
    : await openTestDatabase();
  const app = await createApp(config, database.target, clock);
  const dataSource = app.get(DataSource);

  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;

  const send = async <T>(method: string, url: string, opts: RequestOptions = {}) => {
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

  const client = (token?: () => string): Client => {
    const auth = (headers?: Record<string, string>) => ({ ...(token ? { authorization: `Bearer ${token()}` } : {}), ...headers });
    const get = (url: string): Promise<HttpResponse> => send('GET', url, { headers: auth() });
    const patch = (url: string, body: unknown, headers?: Record<string, string>): Promise<HttpResponse> =>
      send('PATCH', url, { body, headers: auth(headers) });
    return {
      request: (method, url, opts = {}) => send(method, url, { ...opts, headers: auth(opts.headers) }),
      get,
      post: (url, body, headers) => send('POST', url, { body, headers: auth(headers) }),
      patch,
      async edit(url, body) {
        const child = /^\/api\/v1\/meetings\/([^/]+)\/(speeches|attendees)\/([^/]+)$/.exec(url);
        const currentVersion = async (): Promise<number> => {
          if (!child) return Number(/"(\d+)"/.exec((await get(url)).headers.etag ?? '')?.[1] ?? 1);
          const items = ((await get(`/api/v1/meetings/${child[1]}`)).body?.[child[2]!] ?? []) as { id: string; version: number }[];
          return items.find((item) => item.id === child[3])?.version ?? 1;
        };
        return patch(url, body, ifMatch(await currentVersion()));
      },
    };
  };
  const login = (username: string, password = TEST_PASSWORD) => send('POST', '/api/v1/auth/login', { body: { username, password } });
  const users = await signInFixtureUsers(dataSource, login);
  const clients = Object.fromEntries(
    Object.keys(users.users).map((role) => [role, client(() => users.users[role as TestRole].accessToken)]),
  ) as Record<TestRole, Client>;

  return {
    app,
    clock,
    ...clients.secretariat,
    as: (role) => clients[role],
    anonymous: client(),
    users: users.users,
    agencies: users.agencies,
    login,
    sql: (query, params) => dataSource.query(query, params),
    snapshot: () => databaseDigest((query) => dataSource.query(query)),
    database,
    killDatabase: () => database.drop(),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
