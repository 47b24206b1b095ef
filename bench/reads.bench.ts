import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/app-data-source.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import { BENCH_SIZE, benchUsers, seedDirectives } from './reads/seed.js';
import { benchAccessToken } from './support/bench-session.js';
import { databaseUrl, freePort } from './support/built-service.js';

// Figures, not assertions: requests/s of the hot reads, for the built app and
// for a bare node:http + pg server running the same statements (bench/reads/
// bare-server.ts), on 100,000 directives in a dedicated database of the
// PostgreSQL server. BENCH_COMPARE=<another built checkout> measures that one
// too, in the same rounds, after checking that both give the same answers.
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = process.env.BENCH_READS_DATABASE ?? 'chidao_bench_reads';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_SECONDS = 2;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const POOL_SIZE = 10;
const COMPARE = process.env.BENCH_COMPARE;
const JWT_SECRET = 'bench-reads-only-secret-never-used-for-anything-else';
const HERE = resolve(import.meta.dirname, '..', '..');

async function prepareDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  try {
    if (process.env.BENCH_RESEED === '1') await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(buildDataSourceOptions({ url: databaseUrl(SERVER, DATABASE), poolSize: 1 })).initialize();
  try {
    await runMigrationsWithLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const client = new pg.Client({ connectionString: databaseUrl(SERVER, DATABASE) });
  await client.connect();
  try {
    const [{ count }] = (await client.query<{ count: number }>('SELECT count(*)::int AS count FROM directive')).rows as [{ count: number }];
    const expected = BENCH_SIZE.meetings * BENCH_SIZE.directivesPerMeeting;
    if (count === 0) {
      const started = performance.now();
      await seedDirectives(client);
      console.log(`Seeded ${expected} directives in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    } else if (count !== expected) {
      throw new Error(`${DATABASE} holds ${count} directives, not ${expected}: run again with BENCH_RESEED=1`);
    }
  } finally {
    await client.end();
  }
}

interface Fixtures {
  headOrganization: string;
  tokens: { leader: string; head: string };
  directiveIds: string[];
  meetingIds: string[];
}

async function fixtures(): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: databaseUrl(SERVER, DATABASE) });
  await client.connect();
  try {
    const users = await benchUsers(client);
    const token = (userId: string): Promise<string> => benchAccessToken(client, userId, JWT_SECRET);
    const ids = async (table: string): Promise<string[]> =>
      (await client.query<{ id: string }>(`SELECT id FROM ${table} ORDER BY md5(id::text) LIMIT 200`)).rows.map((row) => row.id);
    return {
      headOrganization: users.headOrganization,
      tokens: { leader: await token(users.leader), head: await token(users.head) },
      directiveIds: await ids('directive'),
      meetingIds: await ids('meeting'),
    };
  } finally {
    await client.end();
  }
}

interface Target {
  name: string;
  base: string;
  bare: boolean;
  process: ChildProcess;
}

async function start(name: string, script: string, env: Record<string, string>, bare: boolean): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const ready = bare ? `${base}/api/v1/none` : `${base}/api/v1/health`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      const answer = await fetch(ready);
      if (answer.status === (bare ? 404 : 200)) return { name, base, bare, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  child.kill();
  throw new Error(`${name} did not start`);
}

function startApp(name: string, checkout: string): Promise<Target> {
  return start(
    name,
    join(checkout, 'dist/src/main.js'),
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(SERVER, DATABASE),
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET,
      MIGRATIONS_RUN: 'false',
      HOST: '127.0.0.1',
    },
    false,
  );
}

interface Endpoint {
  label: string;
  request(target: Target, i: number): { path: string; headers: Record<string, string> };
}

function endpoints(f: Fixtures): Endpoint[] {
  const as = (token: string, target: Target): Record<string, string> => (target.bare ? {} : { authorization: `Bearer ${token}` });
  return [
    {
      label: 'GET /directives?limit=50, department head',
      request: (t) => ({
        path: `/api/v1/directives?limit=50${t.bare ? `&scope=${f.headOrganization}` : ''}`,
        headers: as(f.tokens.head, t),
      }),
    },
    {
      label: 'GET /directives?limit=50, leader',
      request: (t) => ({ path: '/api/v1/directives?limit=50', headers: as(f.tokens.leader, t) }),
    },
    {
      label: 'GET /directives/{id}',
      request: (t, i) => ({ path: `/api/v1/directives/${f.directiveIds[i % f.directiveIds.length]}`, headers: as(f.tokens.leader, t) }),
    },
    {
      label: 'GET /meetings/{id} (50 dir., 8 att., 10 sp.)',
      request: (t, i) => ({ path: `/api/v1/meetings/${f.meetingIds[i % f.meetingIds.length]}`, headers: as(f.tokens.leader, t) }),
    },
  ];
}

async function measure(target: Target, endpoint: Endpoint, seconds: number): Promise<number> {
  let i = 0;
  const result = await autocannon({
    url: target.base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const { path, headers } = endpoint.request(target, i++);
          return { ...request, path, headers: { ...request.headers, ...headers } };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.name} ${endpoint.label}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  }
  return result.requests.total / (result.duration || seconds);
}

/** The compared checkout must give the very same answers: same status, same ETag, same bytes. */
async function sameAnswers(a: Target, b: Target, f: Fixtures): Promise<void> {
  const org = f.headOrganization;
  const meeting = f.meetingIds[0]!;
  const lists = [
    '?limit=50',
    '?limit=200',
    `?leadOrganizationId=${org}`,
    `?cooperatingOrganizationId=${org}&limit=20`,
    '?status=completed&limit=20',
    '?dueBefore=2025-01-01&limit=20',
    '?dueAfter=2026-06-01&status=paused&limit=20',
    `?meetingId=${meeting}&limit=7`,
  ];
  let compared = 0;
  const mismatches: string[] = [];
  for (const [who, token] of Object.entries(f.tokens)) {
    const get = async (target: Target, path: string) => {
      const answer = await fetch(`${target.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: answer.status, etag: answer.headers.get('etag'), text: await answer.text() };
    };
    const check = async (path: string): Promise<string | null> => {
      const [x, y] = [await get(a, path), await get(b, path)];
      compared++;
      if (x.status !== y.status || x.etag !== y.etag || (x.status === 200 && x.text !== y.text)) mismatches.push(`${who} ${path}`);
      return x.status === 200 && path.startsWith('/api/v1/directives?')
        ? (JSON.parse(x.text) as { nextCursor: string | null }).nextCursor
        : null;
    };
    for (const list of lists) {
      // Follow the cursor for a few pages (the meeting's 50 directives: through the ones without a deadline).
      let cursor: string | null = null;
      for (let page = 0; page < 8; page++) {
        cursor = await check(`/api/v1/directives${list}${cursor ? `&cursor=${cursor}` : ''}`);
        if (!cursor) break;
      }
    }
    for (const id of f.directiveIds.slice(0, 40)) await check(`/api/v1/directives/${id}`);
    for (const id of f.meetingIds.slice(0, 15)) await check(`/api/v1/meetings/${id}`);
  }
  console.log(`Answers of ${a.name} and ${b.name} compared byte for byte: ${compared - mismatches.length} of ${compared} identical`);
  if (mismatches.length > 0) throw new Error(`Different answers:\n  ${mismatches.slice(0, 10).join('\n  ')}`);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

await prepareDatabase();
const f = await fixtures();
const targets: Target[] = [];
try {
  if (COMPARE) targets.push(await startApp('before', resolve(COMPARE)));
  targets.push(await startApp(COMPARE ? 'after' : 'app', HERE));
  targets.push(
    await start(
      'bare',
      join(HERE, 'dist/bench/reads/bare-server.js'),
      { DATABASE_URL: databaseUrl(SERVER, DATABASE), POOL_SIZE: String(POOL_SIZE) },
      true,
    ),
  );
  if (COMPARE) await sameAnswers(targets[0]!, targets[1]!, f);

  const pg15 = new pg.Client({ connectionString: databaseUrl(SERVER, DATABASE) });
  await pg15.connect();
  const version = (await pg15.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  await pg15.end();
  console.log(
    `PostgreSQL ${version}, Node ${process.version}; ${CONNECTIONS} connections, pool ${POOL_SIZE}, ${SECONDS} s per run after ${WARMUP_SECONDS} s warm-up, ` +
      `median of ${ROUNDS} rounds; targets interleaved within each round`,
  );
  const samples = new Map<string, number[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const endpoint of endpoints(f)) {
      const line: string[] = [];
      for (const target of targets) {
        await measure(target, endpoint, WARMUP_SECONDS);
        const rps = await measure(target, endpoint, SECONDS);
        const key = `${endpoint.label}|${target.name}`;
        samples.set(key, [...(samples.get(key) ?? []), rps]);
        line.push(`${target.name} ${rps.toFixed(0)}`);
      }
      console.log(`round ${round}  ${endpoint.label.padEnd(44)} ${line.join(' · ')}`);
    }
  }

  const names = targets.map((target) => target.name);
  const ratios: [string, string][] = COMPARE
    ? [
        ['after', 'before'],
        ['before', 'bare'],
        ['after', 'bare'],
      ]
    : [['app', 'bare']];
  const header = [
    'requests/s (median)'.padEnd(44),
    ...names.map((n) => n.padStart(8)),
    ...ratios.map(([x, y]) => `${x}/${y}`.padStart(14)),
  ];
  console.log(`\n${header.join(' ')}`);
  for (const endpoint of endpoints(f)) {
    const value = (name: string) => median(samples.get(`${endpoint.label}|${name}`)!);
    console.log(
      [
        endpoint.label.padEnd(44),
        ...names.map((n) => value(n).toFixed(0).padStart(8)),
        ...ratios.map(([x, y]) => `${(value(x) / value(y)).toFixed(2)}×`.padStart(14)),
      ].join(' '),
    );
  }
} finally {
  for (const target of targets) target.process.kill('SIGTERM');
}
