import { resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/app-data-source.js';
import { AuditSealer } from '../src/audit/audit-sealer.js';
import { AuditTrail } from '../src/audit/audit-trail.service.js';
import { AuditedWrites } from '../src/audit/audited-writes.js';
import { sealPending } from '../src/audit/seal-pending.js';
import { verifyAuditChain } from '../src/audit/verify-chain.js';
import type { Clock } from '../src/common/time/clock.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import '../src/database/pg-types.js';
import { Directive } from '../src/directives/directive.entity.js';
import { directiveNotFound } from '../src/directives/directives.errors.js';
import { LegacyAuditTrail } from './audit/legacy-audit-trail.js';
import { databaseUrl, freePort, withClient } from './support/built-service.js';
import { benchAccessToken } from './support/bench-session.js';

// Figures, not assertions: audited updates per second with 8 and 32 concurrent
// writers, on a PostgreSQL server, (a) in this process through AuditedWrites.update
// (the path of every audited PATCH) with a pool of 32, the old chain lock held
// until each writer commits against the sealed batches, and (b) over HTTP with
// autocannon, PATCH /directives/:id with If-Match, each connection on its own
// directive: this checkout's built app, and with BENCH_COMPARE=<another built
// checkout> that one too (e.g. main before audit_pending). The chain is verified
// at the end.
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'chidao_audit_bench';
const URL_ = databaseUrl(SERVER, DATABASE);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CLIENTS = [8, 32];
const POOL_SIZE = 32;
const COMPARE = process.env.BENCH_COMPARE;
const JWT_SECRET = 'bench-audit-only-secret-never-used-for-anything-else';
const HERE = resolve(import.meta.dirname, '..', '..');

interface Fixtures {
  userId: string;
  directiveIds: string[];
}

/** A fresh database each run: one agency, one meeting, a directive per writer. */
async function prepareDatabase(): Promise<Fixtures> {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(buildDataSourceOptions({ url: URL_, poolSize: 1 })).initialize();
  try {
    await runMigrationsWithLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  try {
    const [org] = (
      await client.query<{ id: string }>(
        `INSERT INTO organization (name, short_name, kind) VALUES ('Sở Nội vụ', 'SNV', 'department') RETURNING id`,
      )
    ).rows;
    const [meeting] = (
      await client.query<{ id: string }>(
        `INSERT INTO meeting (title, kind, starts_at, ends_at, location, organizer_id, summary, status)
         VALUES ('Giao ban tháng', 'working_session', '2024-03-12 08:00+07', '2024-03-12 11:00+07', 'Trụ sở', $1, '', 'published') RETURNING id`,
        [org!.id],
      )
    ).rows;
    const directiveIds = (
      await client.query<{ id: string }>(
        `INSERT INTO directive (meeting_id, ordinal, title, description, lead_organization_id, due_date, priority, status)
         SELECT $1, k, format('Nhiệm vụ số %s', k), 'Nội dung nhiệm vụ.', $2, date '2024-06-30', 'normal', 'assigned'
           FROM generate_series(1, ${2 * Math.max(...CLIENTS)}) k RETURNING id`,
        [meeting!.id, org!.id],
      )
    ).rows.map((row) => row.id);
    const [user] = (
      await client.query<{ id: string }>(
        `INSERT INTO app_user (username, display_name, role, password_hash)
         VALUES ('bench_secretariat', 'Văn thư', 'secretariat', 'no password: the bench signs its own tokens') RETURNING id`,
      )
    ).rows;
    return { userId: user!.id, directiveIds };
  } finally {
    await client.end();
  }
}

/** `clients` loops, each updating its own directive over and over for SECONDS: answers updates per second. */
async function drive(clients: number, update: (directiveId: string, n: number) => Promise<void>, directiveIds: string[]): Promise<number> {
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  let done = 0;
  await Promise.all(
    directiveIds.slice(0, clients).map(async (id) => {
      for (let n = 0; performance.now() < until; n++) {
        await update(id, n);
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

async function inProcess(f: Fixtures): Promise<Record<string, number[]>> {
  const dataSource = await new DataSource(buildDataSourceOptions({ url: URL_, poolSize: POOL_SIZE })).initialize();
  const sealer = new AuditSealer(dataSource);
  sealer.onModuleInit();
  const clock = { now: () => new Date() } as Clock;
  const paths = {
    'lock held to commit (before)': new AuditedWrites(new LegacyAuditTrail(clock, sealer)),
    'pending + sealer (after)': new AuditedWrites(new AuditTrail(clock, sealer)),
  };
  const actor = { system: 'bench' };
  const figures: Record<string, number[]> = {};
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const clients of CLIENTS) {
        for (const [name, writes] of Object.entries(paths)) {
          const rate = await drive(
            clients,
            (id, n) =>
              dataSource.transaction(async (em) => {
                await writes.update(em, actor, {
                  entity: Directive,
                  id,
                  set: { title: `Nhiệm vụ đã sửa lần ${n}` },
                  expectedVersion: undefined,
                  notFound: () => directiveNotFound(id),
                  action: 'directive.update',
                });
              }),
            f.directiveIds,
          );
          (figures[`${name}, ${clients} clients`] ??= []).push(rate);
        }
      }
    }
  } finally {
    await sealer.onModuleDestroy();
    await dataSource.destroy();
  }
  return figures;
}

function token(userId: string): Promise<string> {
  return withClient(URL_, (client) => benchAccessToken(client, userId, JWT_SECRET));
}

async function startApp(checkout: string): Promise<{ base: string; stop: () => void }> {
  const { spawn } = await import('node:child_process');
  const port = await freePort();
  const child = spawn(process.execPath, [resolve(checkout, 'dist/src/main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      MIGRATIONS_RUN: 'false',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: URL_,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the app in ${checkout} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).status === 200) return { base, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  child.kill();
  throw new Error(`the app in ${checkout} did not start`);
}

/** autocannon, one directive per connection; each PATCH sends the ETag its previous answer gave. */
async function overHttp(
  base: string,
  bearer: string,
  directiveIds: string[],
  connections: number,
): Promise<{ rate: number; failed: number; statuses: string }> {
  const versions = new Map<string, string>();
  for (const id of directiveIds.slice(0, connections)) {
    const answer = await fetch(`${base}/api/v1/directives/${id}`, { headers: { authorization: `Bearer ${bearer}` } });
    versions.set(id, answer.headers.get('etag')!);
  }
  let next = 0;
  const request = (id: string, n: number) => ({
    method: 'PATCH' as const,
    path: `/api/v1/directives/${id}`,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'if-match': versions.get(id)! },
    body: JSON.stringify({ title: `Nhiệm vụ sửa qua HTTP lần ${n}` }),
  });
  const result = await autocannon({
    url: base,
    connections,
    duration: SECONDS,
    setupClient: (client) => {
      const id = directiveIds[next++ % connections]!;
      let n = 0;
      // setRequests, not setRequest: autocannon goes back to its request list after each answer.
      client.setRequests([request(id, n)]);
      // At runtime autocannon hands over the parser's raw [name, value, …] list, not the typed object.
      client.on('headers', (raw) => {
        const { headers } = raw as unknown as { headers: string[] };
        for (let i = 0; i < headers.length; i += 2) {
          if (headers[i]!.toLowerCase() === 'etag') versions.set(id, headers[i + 1]!);
        }
        client.setRequests([request(id, ++n)]);
      });
    },
  });
  // Only answered updates count: a refusal (412, 5xx) or a timeout is not an audited update.
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}×${stat.count ?? 0}`)
    .join(' ');
  return { rate: result['2xx'] / SECONDS, failed: result.non2xx + result.errors + result.timeouts, statuses };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const fixtures = await prepareDatabase();
console.log(
  `Audited updates/s on ${DATABASE} (PostgreSQL server), ${SECONDS} s per figure, median of ${ROUNDS} rounds, pool of ${POOL_SIZE}`,
);
console.log('\n(a) in process: AuditedWrites.update of a directive, one transaction per update');
for (const [name, rates] of Object.entries(await inProcess(fixtures))) {
  console.log(`  ${name.padEnd(45)} ${median(rates).toFixed(0).padStart(6)} /s   (rounds: ${rates.map((r) => r.toFixed(0)).join(', ')})`);
}

console.log('\n(b) over HTTP: PATCH /api/v1/directives/:id with If-Match, autocannon, each connection on its own directive');
const bearer = await token(fixtures.userId);
const checkouts: [string, string][] = [
  ['this checkout', HERE],
  ...(COMPARE ? [[`BENCH_COMPARE ${COMPARE}`, COMPARE] as [string, string]] : []),
];
const http: Record<string, number[]> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, checkout] of checkouts) {
    const app = await startApp(checkout);
    try {
      for (const connections of CLIENTS) {
        const { rate, failed, statuses } = await overHttp(app.base, bearer, fixtures.directiveIds.slice(connections), connections);
        if (failed > 0) console.log(`  (${name}, ${connections} connections: ${failed} requests failed; statuses ${statuses})`);
        (http[`${name}, ${connections} connections`] ??= []).push(rate);
      }
    } finally {
      app.stop();
    }
  }
}
for (const [name, rates] of Object.entries(http)) {
  console.log(`  ${name.padEnd(45)} ${median(rates).toFixed(0).padStart(6)} /s   (rounds: ${rates.map((r) => r.toFixed(0)).join(', ')})`);
}

const check = await new DataSource(buildDataSourceOptions({ url: URL_, poolSize: 1 })).initialize();
try {
  // An app stopped under load leaves entries committed but not sealed, as a crash would: seal them as its next start would.
  const runner = check.createQueryRunner();
  const sealed = await sealPending(runner).finally(() => runner.release());
  const report = await verifyAuditChain(check);
  if (report.broken) {
    console.log(`\nThe chain does NOT verify: entry ${report.broken.seq}: ${report.broken.reason}`);
    process.exitCode = 1;
  } else {
    console.log(
      `\nThe chain verified: ${report.checked} entries, 1 to ${report.head?.seq}, no gap (${sealed} left pending by the stopped apps, sealed first).`,
    );
  }
} finally {
  await check.destroy();
}
